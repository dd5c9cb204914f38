/** `prep-print init`: a notes folder in the canonical format, never overwriting a file. */
import { access, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { Io } from "../io.js";
import { scaffold } from "../scaffold.js";
import { systemReason } from "../notes/reason.js";
import { WriteError, ensureFolder } from "../write.js";

/** Writes the scaffold files that do not exist yet; returns the exit code. */
export async function initCommand(dir: string, options: { lang: "ko" | "en" }, io: Io): Promise<number> {
  const root = join(io.cwd, dir);
  for (const [name, text] of Object.entries(scaffold(options.lang))) {
    const path = join(root, name);
    const shown = relative(io.cwd, path);
    if (await exists(path)) {
      io.stdout(`kept     ${shown} (exists)\n`);
      continue;
    }
    await ensureFolder(dirname(path));
    await writeFile(path, text, { flag: "wx" }).catch((error: unknown) => {
      throw new WriteError(path, systemReason(error), { cause: error });
    });
    io.stdout(`created  ${shown}\n`);
  }
  io.stdout(`Next: fill in ${dir}/, then run \`prep-print build ${dir}\`.\n`);
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}
