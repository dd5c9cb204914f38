/** Turns Handlebars and helper errors into diagnostics that name the template file, line and column. */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { nearestName } from "../suggest.js";

/** A template file as errors need it: its path and how many front matter lines precede the body. */
export interface FilePlace {
  path: string;
  lineOffset: number;
}

/** An error raised while rendering `file`, so that an error inside a partial names the partial's file. */
export class TemplateRenderError extends Error {
  constructor(
    readonly file: FilePlace,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original), { cause: original });
    this.name = "TemplateRenderError";
  }
}

/** An error thrown by a helper, located at the helper call. */
export class HelperError extends Error {
  constructor(
    message: string,
    readonly lineNumber: number,
    readonly column: number,
    readonly suggestion?: string,
  ) {
    super(message);
    this.name = "HelperError";
  }
}

/** Returns the body line and 0-based column carried by a Handlebars exception, when it has them. */
function locationOf(error: unknown): { line: number; column: number } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const line = "lineNumber" in error ? error.lineNumber : undefined;
  const column = "column" in error ? error.column : undefined;
  if (typeof line !== "number") return undefined;
  return { line, column: typeof column === "number" ? column : 0 };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Handlebars appends " - line:column" to located messages; the diagnostic carries the place instead.
  return text.replace(/ - \d+:\d+$/, "");
}

function place(file: FilePlace, line: number, column: number): { file: string; line: number; column: number } {
  return { file: file.path, line: line > 0 ? line + file.lineOffset : 0, column };
}

/**
 * Returns the 0-based column where a Handlebars parse error stopped on `lineText`. The message shows up to
 * 20 characters read before the error, with newlines removed, so only their end may lie on this line.
 */
function parseErrorColumn(readBefore: string, lineText: string): number {
  if (readBefore === "") return 0;
  const at = lineText.lastIndexOf(readBefore);
  if (at >= 0) return at + readBefore.length;
  for (let k = readBefore.length - 1; k > 0; k--) {
    if (lineText.startsWith(readBefore.slice(-k))) return k;
  }
  return 0;
}

/** Returns the diagnostic for an error thrown by `Handlebars.parse` (or a compile-time check) on `file`. */
export function parseErrorDiagnostic(error: unknown, file: FilePlace, body: string): Diagnostic {
  const located = locationOf(error);
  if (located) return diagnostic("error", place(file, located.line, located.column + 1), messageOf(error), "template-parse");
  const lines = messageOf(error).split("\n");
  const line = Number(/Parse error on line (\d+)/.exec(lines[0] ?? "")?.[1] ?? 0);
  const readBefore = (lines[1] ?? "").slice(0, (lines[2] ?? "").indexOf("^")).replace(/^\.\.\./, "");
  const lineText = body.split("\n")[line - 1] ?? "";
  const column = parseErrorColumn(readBefore, lineText);
  const after = lineText.slice(0, column).trim();
  const got = /got '([^']+)'/.exec(lines.at(-1) ?? "")?.[1];
  const next = lineText.slice(column).trim().charAt(0);
  const what = got === "EOF" ? "end of template (a block left open?)" : next === "" ? "end of line" : `\`${next}\``;
  const message = `Parse error${after === "" ? "" : ` after \`${after.slice(-30)}\``}: unexpected ${what}`;
  return diagnostic("error", place(file, line, column + 1), message, "template-parse");
}

/** Returns what a primitive value printed by JavaScript in an error message is, without quoting it. */
function kindOfPrinted(value: string): string {
  if (value === "true" || value === "false") return "a true/false value";
  return value.trim() !== "" && !Number.isNaN(Number(value)) ? "a number" : "a text";
}

/**
 * Returns the diagnostic for an error thrown while rendering; `names` are the known fields and helpers,
 * `partials` the partials' names. Its line is 0 when Handlebars gave no place.
 */
export function renderErrorDiagnostic(error: unknown, file: FilePlace, names: Iterable<string>, partials: Iterable<string> = []): Diagnostic {
  const inner = error instanceof TemplateRenderError ? error.original : error;
  const where = error instanceof TemplateRenderError ? error.file : file;
  const located = locationOf(inner);
  const at = place(where, located?.line ?? 0, located ? located.column + 1 : 0);
  const message = messageOf(inner);
  if (inner instanceof RangeError && /call stack/i.test(message)) {
    return diagnostic("error", at, "Partials nested too deep: does a partial include itself without end?", "template-runtime");
  }
  // `{{title.short}}` where title is text: the strict lookup's `in` fails on a primitive value.
  const onPrimitive = /^Cannot use 'in' operator to search for '(.+?)' in ([\s\S]*)$/.exec(message);
  if (onPrimitive?.[1] !== undefined) {
    return diagnostic("error", at, `Cannot read \`${onPrimitive[1]}\` of ${kindOfPrinted(onPrimitive[2] ?? "")}: only objects have fields`, "template-runtime");
  }
  const noPartial = /^The partial ([\s\S]+) could not be found$/.exec(message);
  if (noPartial?.[1] !== undefined) {
    const name = noPartial[1].length > 40 ? `${noPartial[1].slice(0, 40)}…` : noPartial[1];
    return diagnostic("error", at, `Unknown partial \`${name}\``, "template-unknown-partial", nearestName(noPartial[1], partials));
  }
  const empty = /^"(.+)" not defined in (null|undefined)$/.exec(message);
  if (empty?.[1] !== undefined) {
    const reason = `Cannot read \`${empty[1]}\` of an empty value (${empty[2]}): check it with {{#if}} first`;
    return diagnostic("error", at, reason, "template-runtime");
  }
  const unknown = /^"(.+)" not defined in /.exec(message);
  if (unknown?.[1] !== undefined) {
    const name = unknown[1];
    return diagnostic("error", at, `Unknown field \`${name}\``, "template-unknown-field", nearestName(name, names));
  }
  return diagnostic("error", at, message, "template-runtime", inner instanceof HelperError ? inner.suggestion : undefined);
}

/** Returns every property name found in `data` (objects and arrays, walked once each). */
export function fieldNames(data: unknown): Set<string> {
  const names = new Set<string>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (!Array.isArray(value)) Object.keys(value).forEach((key) => names.add(key));
    Object.values(value).forEach(visit);
  };
  visit(data);
  return names;
}
