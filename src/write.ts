/** The only place that writes output files: atomically, so a reader never sees half a file. */
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { systemCode, systemReason } from "./notes/reason.js";

/** A file or folder that could not be written, with the system's reason (`EACCES: permission denied`). */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`Cannot write ${path}: ${reason}`, options);
    this.name = "WriteError";
  }
}

/** Returns the error at the path that could not be written: `out/cheatsheet.pdf:1:1: error Cannot write: ENOSPC: …  write-failed`. */
export function writeErrorDiagnostic(error: WriteError): Diagnostic {
  return diagnostic("error", { file: error.path }, `Cannot write: ${error.reason}`, "write-failed");
}

/** Temporary files are `.name.tmp-PID-TIME-N`: the PID tells a later build whether their writer is still alive. */
export const TEMP_FILE = /^\..+\.tmp-(\d+)-\d+-\d+$/;
let temps = 0;

/** Returns the path of a new temporary file beside `path`. */
function tempPath(path: string): string {
  temps += 1;
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${Date.now()}-${temps}`);
}

/** Creates the folder `dir` and its parents; throws WriteError when it cannot (a part of it is a file, no permission, …). */
export async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = systemCode(error);
    if (code === "EEXIST" || code === "ENOTDIR") throw new WriteError(await fileInTheWay(dir), "a file has this name, not a folder", { cause: error });
    throw new WriteError(dir, systemReason(error), { cause: error });
  }
}

/** Returns `dir` or the nearest folder above it that is in fact a file. */
async function fileInTheWay(dir: string): Promise<string> {
  for (let path = dir; path !== dirname(path); path = dirname(path)) {
    const found = await stat(path).catch(() => undefined);
    if (found && !found.isDirectory()) return path;
  }
  return dir;
}

/** Writes `data` to `path` through a temporary file in the same folder, then renames it; throws WriteError. */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  await ensureFolder(dirname(path));
  const temp = tempPath(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = systemCode(error);
    throw new WriteError(path, code === "EISDIR" ? "a folder has this name" : systemReason(error), { cause: error });
  }
}
