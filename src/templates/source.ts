/** Reads one template or partial file: front matter (YAML only) split from the Handlebars body. */
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { DiagnosticError, diagnostic } from "../diagnostics.js";
import { readYaml, type YamlProblem } from "../yaml.js";

/** A template file split into front matter and body, with the body's first line in the file. */
export interface TemplateSource {
  path: string;
  /** Parsed front matter (an empty object when there is none). */
  data: Readonly<Record<string, unknown>>;
  /** The raw front matter text, used to find the line of a key. */
  matterText: string;
  /** Handlebars text after the front matter. */
  body: string;
  /** Lines before the body: add to a body line number to get the file line. */
  lineOffset: number;
}

const ALLOWED_LANGUAGES = new Set(["", "yaml", "yml"]);

function refuse(): never {
  throw new Error("only YAML front matter is allowed");
}

/** Returns the front matter's language as written after the opening `---` ("" for plain `---`). */
function frontMatterLanguage(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  return firstLine.startsWith("---") ? firstLine.slice(3).trim().toLowerCase() : "";
}

/** Thrown by the YAML engine inside gray-matter, carrying the located problem. */
class YamlError extends Error {
  constructor(readonly problem: YamlProblem) {
    super(problem.message);
  }
}

/** gray-matter's YAML engine: the `yaml` package, data only, aliases bounded (`src/yaml.ts`). */
const YAML_ENGINE = {
  parse(source: string): object {
    const read = readYaml(source);
    if (read.problem) throw new YamlError(read.problem);
    return typeof read.data === "object" && read.data !== null ? read.data : { "": read.data };
  },
};

/** Returns the template at `path` (its `text` when already read) split into front matter and body; throws DiagnosticError on bad front matter. */
export function readTemplateSource(path: string, text = readFileSync(path, "utf8")): TemplateSource {
  const language = frontMatterLanguage(text);
  if (!ALLOWED_LANGUAGES.has(language)) {
    const message = `Front matter language \`${language}\` is not allowed, use YAML (\`---\`)`;
    throw new DiagnosticError([diagnostic("error", { file: path, line: 1, column: 1 }, message, "template-front-matter")]);
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { language: "yaml", engines: { yaml: YAML_ENGINE, yml: YAML_ENGINE, js: refuse, javascript: refuse, coffee: refuse } });
  } catch (error) {
    // The front matter text starts with the newline that ends the opening `---`, so its line n is file line n.
    const problem = error instanceof YamlError ? error.problem : { line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
    throw new DiagnosticError([diagnostic("error", { file: path, line: problem.line, column: problem.column }, `Invalid front matter: ${problem.message}`, "template-front-matter")]);
  }
  const data: unknown = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data) || "" in data) {
    const message = "Front matter must be a mapping of keys to values";
    throw new DiagnosticError([diagnostic("error", { file: path, line: 1 }, message, "template-front-matter")]);
  }
  const body = parsed.content;
  const lineOffset = text.slice(0, text.length - body.length).split("\n").length - 1;
  return { path, data: { ...data }, matterText: parsed.matter ?? "", body, lineOffset };
}
