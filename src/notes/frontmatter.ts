/**
 * YAML front matter: split off with gray-matter, read with the `yaml` package (data only,
 * aliases bounded), and checked field by field — a value of the wrong kind is a warning at
 * its line and is not used.
 */
import matter from "gray-matter";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { custom, issueMessage, validate, type Schema } from "../schema.js";
import { readYaml, type YamlProblem } from "../yaml.js";

/** Front matter fields prep-print understands; every other key is kept in `extra`. */
export interface FrontMatter {
  title?: string;
  author?: string;
  role?: string;
  company?: string;
  date?: string;
  /** `ko` or `en`. */
  language?: string;
  catalogue?: string;
  principles?: string[];
  extra: Record<string, string>;
  /** File line of each key, for messages about a value. */
  lines?: Record<string, number>;
}

export interface SplitSource {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line number, in the file, of the body's first line. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

/** Thrown by the YAML engine inside gray-matter, carrying the located problem. */
class YamlError extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

const DATE_KEYS = ["interview_date", "interviewDate", "interview-date", "date"];
const TEXT_KEYS = ["title", "author", "role", "company", "catalogue"] as const;

/** Splits `text` (LF line ends) into front matter and body; problems come back as diagnostics. */
export function splitFrontMatter(text: string, file: string): SplitSource {
  const empty: FrontMatter = { extra: {} };
  const opening = /^---([^\n]*)\n/.exec(text);
  if (!opening) return { frontMatter: empty, body: text, bodyLine: 1, diagnostics: [] };
  const language = (opening[1] ?? "").trim().toLowerCase();
  if (language !== "" && language !== "yaml" && language !== "yml") {
    const message = `Front matter language \`${language}\` is not supported: only YAML is read (other engines could run code)`;
    return { frontMatter: empty, body: "", bodyLine: 1, diagnostics: [diagnostic("error", { file, line: 1, column: 4 }, message, "front-matter-engine")] };
  }
  let keyLines = new Map<string, number>();
  // gray-matter hands the engine the text right after `---`, so YAML lines are file lines.
  const yaml = {
    parse(source: string): object {
      const read = readYaml(source);
      if (read.problem) throw new YamlError(read.problem);
      keyLines = read.keyLines;
      return typeof read.data === "object" && read.data !== null ? read.data : { "": read.data };
    },
  };
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    parsed = matter(text, { engines: { yaml, yml: yaml } });
  } catch (error) {
    const problem = error instanceof YamlError ? error.problem : { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
    return { frontMatter: empty, body: "", bodyLine: 1, diagnostics: [diagnostic("error", { file, line: problem.line, column: problem.column }, `Invalid YAML front matter: ${problem.message}`, "front-matter-yaml")] };
  }
  const body = parsed.content;
  const head = text.endsWith(body) ? text.slice(0, text.length - body.length) : text;
  const bodyLine = head.split("\n").length;
  const { frontMatter, diagnostics } = fieldsOf(parsed.data, file, keyLines);
  return { frontMatter, body, bodyLine, diagnostics };
}

/** What each key people write means, and the value it must have: checked with the shared schema. */
const FIELDS: readonly { keys: readonly string[]; schema: Schema<string | string[]>; set(into: FrontMatter, value: string | string[]): void }[] = [
  { keys: DATE_KEYS, schema: custom("a date written as YYYY-MM-DD", (v) => dateText(v) ?? undefined), set: (into, v) => (into.date = String(v)) },
  { keys: ["principles", "lp", "lps"], schema: custom("a list of principle names", (v) => listOf(v) ?? undefined), set: (into, v) => (into.principles = Array.isArray(v) ? v : [v]) },
  ...TEXT_KEYS.map((key) => ({ keys: [key], schema: custom("text, not a list or a mapping", (v) => scalar(v) ?? undefined), set: (into: FrontMatter, v: string | string[]) => (into[key] = String(v)) })),
  { keys: ["language", "lang"], schema: custom("`ko` or `en`", (v) => languageOf(v) ?? undefined), set: (into, v) => (into.language = String(v)) },
];

function fieldsOf(data: unknown, file: string, keyLines: Map<string, number>): { frontMatter: FrontMatter; diagnostics: Diagnostic[] } {
  const frontMatter: FrontMatter = { extra: {}, lines: Object.fromEntries(keyLines) };
  const diagnostics: Diagnostic[] = [];
  if (typeof data !== "object" || data === null || Array.isArray(data) || "" in data) {
    diagnostics.push(diagnostic("error", { file, line: 2 }, "Front matter must be a mapping of keys to values", "front-matter-shape"));
    return { frontMatter, diagnostics };
  }
  for (const [key, value] of Object.entries(data)) {
    const field = FIELDS.find((f) => f.keys.includes(key));
    if (!field) {
      frontMatter.extra[key] = scalar(value) ?? JSON.stringify(value);
      continue;
    }
    // A value of the wrong kind is a warning at its line and is not used: the rest of the notes still build.
    const checked = validate(field.schema, value);
    if (checked.value !== undefined) field.set(frontMatter, checked.value);
    for (const issue of checked.issues) {
      diagnostics.push(diagnostic("warning", { file, line: keyLines.get(key) ?? 1, column: 1 }, `${issueMessage({ ...issue, path: [key] })} (ignored)`, "front-matter-value"));
    }
  }
  return { frontMatter, diagnostics };
}

/** Returns the date as written (ISO `YYYY-MM-DD` for a YAML date), or null for a value that is no date. */
function dateText(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const text = value.trim();
  const looksLikeDate = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}/.test(text) || /\d{4}\s*년/.test(text) || (/\b\d{4}\b/.test(text) && !Number.isNaN(Date.parse(text)));
  return looksLikeDate ? text : null;
}

function languageOf(value: unknown): "ko" | "en" | null {
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (/^(?:ko|kr|kor|korean|한국어|ko[-_]kr)$/.test(text)) return "ko";
  if (/^(?:en|eng|english|영어|en[-_][a-z]{2})$/.test(text)) return "en";
  return null;
}

function listOf(value: unknown): string[] | null {
  if (Array.isArray(value)) return value.every((v) => scalar(v) !== null) ? value.map((v) => scalar(v) ?? "").filter((s) => s !== "") : null;
  const text = scalar(value);
  return text === null ? null : text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

/** Returns a scalar value as text ("" for an empty value), or null for a list or mapping. */
function scalar(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return null;
  return String(value);
}
