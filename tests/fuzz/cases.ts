/**
 * Reproducers in `tests/fuzz/cases/`: each failing note (minimised) as `<name>.md` — or
 * `<name>.md.gz` past 64 KB, as a huge line compresses to almost nothing — beside
 * `<name>.json`, which says what failed and how the case was generated.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { shape, type Failure, type FailureKind, type RunnerName } from "./failures.js";

/** A reproducer read back from disk. */
export interface SavedCase {
  name: string;
  kind: FailureKind;
  runner: RunnerName;
  text: string;
}

const PLAIN_LIMIT = 64 * 1024;
const KINDS: readonly FailureKind[] = ["crash", "hang", "slow", "unplaced", "invalid-pdf"];

/** Writes `minimised` as the reproducer of `failure` and returns its path; equal failures get equal names. */
export function saveCase(folder: string, failure: Failure, minimised: string): string {
  mkdirSync(folder, { recursive: true });
  const signature = failure.kind === "crash" ? failure.key : shape(minimised);
  const name = `${failure.kind}-${failure.runner}-${createHash("sha1").update(signature).digest("hex").slice(0, 8)}`;
  const bytes = Buffer.from(minimised, "utf8");
  const path = bytes.length > PLAIN_LIMIT ? join(folder, `${name}.md.gz`) : join(folder, `${name}.md`);
  writeFileSync(path, bytes.length > PLAIN_LIMIT ? gzipSync(bytes) : bytes);
  const about = {
    kind: failure.kind,
    runner: failure.runner,
    detail: failure.detail,
    seed: failure.seed,
    index: failure.index,
    regenerate: `npm run fuzz -- --seed ${failure.seed} --case ${failure.index}`,
    base: failure.base,
    ops: failure.ops,
    bytes: bytes.length,
    originalBytes: Buffer.byteLength(failure.text, "utf8"),
  };
  writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(about, null, 2)}\n`);
  return path;
}

/** Returns every reproducer saved in `folder`, by name. */
export function savedCases(folder: string): SavedCase[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const name = file.slice(0, -".json".length);
      const about: unknown = JSON.parse(readFileSync(join(folder, file), "utf8"));
      const text = noteOf(folder, name);
      if (text === null || typeof about !== "object" || about === null) return [];
      const kind = "kind" in about ? KINDS.find((k) => k === about.kind) : undefined;
      const runner = "runner" in about && (about.runner === "read" || about.runner === "cli") ? about.runner : undefined;
      return kind && runner ? [{ name, kind, runner, text }] : [];
    });
}

function noteOf(folder: string, name: string): string | null {
  const plain = join(folder, `${name}.md`);
  if (existsSync(plain)) return readFileSync(plain, "utf8");
  const packed = join(folder, `${name}.md.gz`);
  return existsSync(packed) ? gunzipSync(readFileSync(packed)).toString("utf8") : null;
}
