/** Problems found in notes or templates, each with a place, printed the unified way. */

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
  /** The nearest known name when the problem is a misspelling: printed as "did you mean". */
  suggestion?: string;
}

/** Exit codes of the command line. */
export const EXIT_OK = 0;
export const EXIT_CONTENT_ERROR = 1;
export const EXIT_USAGE = 2;

/** Returns a diagnostic; `place` is `{ file, line?, column? }`; `suggestion` the nearest known name, if any. */
export function diagnostic(
  severity: Severity,
  place: { file: string; line?: number; column?: number },
  message: string,
  ruleId: string,
  suggestion?: string,
): Diagnostic {
  const found = { file: place.file, line: place.line ?? 0, column: place.column ?? 0, severity, message, ruleId };
  return suggestion === undefined ? found : { ...found, suggestion };
}

/** Returns `file:line:col: severity message  rule-id`. */
export function formatDiagnostic(d: Diagnostic): string {
  const line = Math.max(d.line, 1);
  const column = Math.max(d.column, 1);
  return `${d.file}:${line}:${column}: ${d.severity} ${messageOf(d)}  ${d.ruleId}`;
}

/** Returns the message with its suggestion: "Unknown field `reslt`, did you mean `result`?". */
export function messageOf(d: Pick<Diagnostic, "message" | "suggestion">): string {
  return d.suggestion === undefined ? d.message : `${d.message}, did you mean \`${d.suggestion}\`?`;
}

/** Returns diagnostics ordered by file, line, column (stable for equal places). */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column);
}

/**
 * Orders two texts by their UTF-16 code units: the same on every machine, whatever its locale, and
 * without `localeCompare`, whose first call loads the locale's collation (about 10 ms of a build).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Returns true when any diagnostic fails the run (errors; warnings too when strict). */
export function hasFailures(list: readonly Diagnostic[], strict = false): boolean {
  return list.some((d) => d.severity === "error" || (strict && d.severity === "warning"));
}

/** An error that carries diagnostics: thrown by a stage that cannot go on. */
export class DiagnosticError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join("\n"));
    this.name = "DiagnosticError";
  }
}
