/** The notes the fuzzer starts from: the shared examples, `content/` and every notes fixture. */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** One note the generator mutates. */
export interface SeedNote {
  /** Where it came from, relative to the checkout (or the examples folder). */
  name: string;
  text: string;
}

/**
 * Returns the checkout's root: the nearest folder above this file holding prep-print's
 * package.json. Found by walking up because this file also runs compiled, from
 * `node_modules/.cache/prep-print-fuzz/`.
 */
export function repoRoot(from: string = fileURLToPath(import.meta.url)): string {
  let folder = dirname(from);
  for (;;) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && /"name":\s*"prep-print"/.test(readFileSync(manifest, "utf8"))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no prep-print checkout above ${from}`);
    folder = parent;
  }
}

/** Returns the seed notes in a fixed order (so a seed always gives the same cases for the same corpus). */
export function loadCorpus(root: string = repoRoot()): SeedNote[] {
  const folders = [join(root, "..", "shared", "examples"), join(root, "content"), join(root, "tests", "fixtures", "notes")];
  const notes: SeedNote[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const path of markdownBelow(folder)) {
      notes.push({ name: relative(root, path), text: readFileSync(path, "utf8") });
    }
  }
  if (notes.length === 0) throw new Error(`no seed notes found under ${root}`);
  return notes;
}

function markdownBelow(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md") && !name.endsWith("README.md"))
    .sort()
    .map((name) => join(folder, name));
}
