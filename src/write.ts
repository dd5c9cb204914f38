/** The only place that writes output files: atomically, so a reader never sees half a file. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, basename } from "node:path";

/** Writes `data` to `path` through a temporary file in the same folder, then renames it. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`Cannot write ${path}: ${(error as Error).message}`, { cause: error });
  }
}
