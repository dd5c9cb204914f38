/**
 * YAML read safely (front matter and catalogues): data only, no code; aliases expanded a
 * bounded number of times, so a few lines cannot grow into gigabytes; every problem
 * located by line and column, in words that never quote the text back.
 */
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

/** Most alias expansions a document may make (the `yaml` package's default is also 100). */
const MAX_ALIASES = 100;

/** A YAML problem, located, in words that do not quote the text. */
export interface YamlProblem {
  /** 1-based, counted in the YAML text. */
  line: number;
  column: number;
  message: string;
}

/** The data read from YAML, where its keys are, or the problem. */
export interface YamlResult {
  data: unknown;
  /** 1-based line (in the YAML text) of each top-level key. */
  keyLines: Map<string, number>;
  problem: YamlProblem | null;
}

/** Parses YAML text (timestamps read as dates, like js-yaml did); never throws. */
export function readYaml(text: string): YamlResult {
  const lines = new LineCounter();
  const document = parseDocument(text, { customTags: ["timestamp"], lineCounter: lines, prettyErrors: false, keepSourceTokens: false });
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lines.linePos(pair.key.range[0]).line);
    }
  }
  const error = document.errors[0];
  if (error) return { data: null, keyLines, problem: located(error.code, error.message, error.pos[0], text, lines) };
  try {
    return { data: document.toJS({ maxAliasCount: MAX_ALIASES }), keyLines, problem: null };
  } catch (cause) {
    const alias = /(?:^|[\s[,{:-])(\*[^\s,\]}])/m.exec(text);
    const at = alias ? lines.linePos(alias.index + alias[0].length - (alias[1]?.length ?? 0)) : { line: 1, col: 1 };
    const message = cause instanceof ReferenceError ? "too many aliases (a YAML alias bomb?): at most 100 are expanded" : `cannot be read: ${(cause as Error).message.split("\n")[0]}`;
    return { data: null, keyLines, problem: { line: at.line, column: at.col, message } };
  }
}

/** Returns a problem at its place; an unclosed quote is reported where the quote opens, not where the text ends. */
function located(code: string, message: string, offset: number, text: string, lines: LineCounter): YamlProblem {
  const words = message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "invalid YAML";
  if (code === "MISSING_CHAR" && /quote/.test(words)) {
    const opening = unclosedQuote(text, offset);
    if (opening !== null) {
      const place = lines.linePos(opening);
      return { line: place.line, column: place.col, message: words };
    }
  }
  const place = lines.linePos(offset);
  return { line: place.line, column: place.col, message: words };
}

/** Returns the offset of the last quote before `end` that opens a value and is not closed on its line. */
function unclosedQuote(text: string, end: number): number | null {
  let found: number | null = null;
  let start = 0;
  for (const line of text.slice(0, end).split("\n")) {
    const value = /^(\s*(?:-\s+)?(?:[^\s#"'][^:#]*:\s+)?)(["'])/.exec(line);
    if (value) {
      const quote = value[2] as string;
      const rest = line.slice((value[1] as string).length + 1);
      const closes = quote === "'" ? rest.replace(/''/g, "").includes("'") : /(^|[^\\])"/.test(rest);
      if (!closes) found = start + (value[1] as string).length;
    }
    start += line.length + 1;
  }
  return found;
}
