/** Prints diagnostics and turns them into an exit code. */
import { EXIT_CONTENT_ERROR, EXIT_OK, formatDiagnostic, hasFailures, sortDiagnostics, type Diagnostic } from "../diagnostics.js";
import type { Io } from "../io.js";
import { isAbsolute, relative } from "node:path";

const COLORS = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m" } as const;

/** Returns an absolute `path` inside `cwd` relative to it; other paths as they are. */
export function shownPath(cwd: string, path: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(cwd, path);
  return inside === "" || inside.startsWith("..") || isAbsolute(inside) ? path : inside;
}

/** Prints each diagnostic on stderr (infos only when `infos`); returns 1 if any fails the run. */
export function report(diagnostics: readonly Diagnostic[], io: Io, options: { strict?: boolean; infos?: boolean } = {}): number {
  for (const d of sortDiagnostics(diagnostics)) {
    if (d.severity === "info" && !options.infos) continue;
    const line = formatDiagnostic({ ...d, file: shownPath(io.cwd, d.file) });
    io.stderr(`${io.color ? line.replace(` ${d.severity} `, ` ${COLORS[d.severity]}${d.severity}\x1b[0m `) : line}\n`);
  }
  return hasFailures(diagnostics, options.strict) ? EXIT_CONTENT_ERROR : EXIT_OK;
}
