/** YAML front matter: parsed with gray-matter, YAML only (other engines would run code). */
import matter from "gray-matter";
import { diagnostic, type Diagnostic } from "../diagnostics.js";

/** Front matter fields prep-print understands; every other key is kept in `extra`. */
export interface FrontMatter {
  title?: string;
  author?: string;
  role?: string;
  company?: string;
  date?: string;
  language?: string;
  catalogue?: string;
  principles?: string[];
  extra: Record<string, string>;
}

export interface SplitSource {
  frontMatter: FrontMatter;
  body: string;
  /** 1-based line number, in the file, of the body's first line. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const refuse = (language: string) => ({
  parse(): never {
    throw new Error(`front matter in \`${language}\` is refused: it would run code`);
  },
});

const OPTIONS = {
  engines: { js: refuse("js"), javascript: refuse("javascript"), coffee: refuse("coffee"), coffeescript: refuse("coffeescript") },
};

const DATE_KEYS = ["interview_date", "interviewDate", "interview-date", "date"];

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
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    parsed = matter(text, OPTIONS);
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split("\n")[0];
    const place = { file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 };
    return { frontMatter: empty, body: "", bodyLine: 1, diagnostics: [diagnostic("error", place, `Invalid YAML front matter: ${reason}`, "front-matter-yaml")] };
  }
  const body = parsed.content;
  const head = text.endsWith(body) ? text.slice(0, text.length - body.length) : text;
  const bodyLine = head.split("\n").length;
  const { frontMatter, diagnostics } = validate(parsed.data, file);
  return { frontMatter, body, bodyLine, diagnostics };
}

function validate(data: Record<string, unknown>, file: string): { frontMatter: FrontMatter; diagnostics: Diagnostic[] } {
  const frontMatter: FrontMatter = { extra: {} };
  const diagnostics: Diagnostic[] = [];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    diagnostics.push(diagnostic("error", { file, line: 2 }, "Front matter must be a mapping of keys to values", "front-matter-shape"));
    return { frontMatter, diagnostics };
  }
  for (const [key, value] of Object.entries(data)) {
    if (DATE_KEYS.includes(key)) frontMatter.date = dateText(value);
    else if (key === "principles" || key === "lp" || key === "lps") frontMatter.principles = listOf(value);
    else if (key === "title" || key === "author" || key === "role" || key === "company" || key === "catalogue") frontMatter[key] = scalarText(value);
    else if (key === "language" || key === "lang") frontMatter.language = scalarText(value);
    else frontMatter.extra[key] = scalarText(value);
  }
  return { frontMatter, diagnostics };
}

function dateText(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return scalarText(value);
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(scalarText).filter((s) => s !== "");
  return scalarText(value).split(",").map((s) => s.trim()).filter((s) => s !== "");
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
