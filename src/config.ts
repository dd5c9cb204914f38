/**
 * Options → one resolved, readonly Settings. Values come from, in order: the command line,
 * `prep-print.config.json` in the working folder, then the built-in defaults below. Both
 * sources are checked by the same schema; each product and emitter gets only its own part.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "./diagnostics.js";
import { UsageError } from "./io.js";
import { READINESS_CONFIG, readinessSettings } from "./readiness/config-section.js";
import type { ReadinessSettings } from "./readiness/settings.js";
import { boolean, custom, field, issueMessage, listOf, object, oneOf, string, validate, type Infer, type Issue } from "./schema.js";
import { systemCode, systemReason } from "./notes/reason.js";

export const PRODUCTS = ["cheatsheet", "flashcards", "storybook"] as const;
export type Product = (typeof PRODUCTS)[number];
export const FORMATS = ["pdf", "html", "anki"] as const;
export type Format = (typeof FORMATS)[number];
export const CARD_KINDS = ["questions", "principles", "stories"] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CARD_LAYOUTS = ["a4-8", "letter-8", "a7", "index-3x5"] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];
export const DUPLEX_MODES = ["long-edge", "short-edge", "fold"] as const;
export type Duplex = (typeof DUPLEX_MODES)[number];
export const PAPERS = ["a4", "letter"] as const;
export type Paper = (typeof PAPERS)[number];

/** What the cheat sheet product reads. */
export interface CheatsheetOptions {
  readonly templatesDir: string | null;
  /** Only these principles (id, name or alias): a one-page sheet for one interview round. Default: all. */
  readonly principles: readonly string[];
}

/** What the flashcards product reads. */
export interface FlashcardsOptions {
  readonly templatesDir: string | null;
  /** Card kinds, in deck order. Default: questions, principles, stories. */
  readonly cards: readonly CardKind[];
  /** Only cards about these principles (id, name or alias). Default: all. */
  readonly principles: readonly string[];
}

/** What the story book product reads. */
export interface StorybookOptions {
  readonly templatesDir: string | null;
  /** The coach's checks on its readiness page. */
  readonly readiness: ReadinessSettings;
}

/** What the PDF emitter reads. */
export interface PdfOptions {
  /** Paper of the cheat sheet and story book (and of card sheets when no card layout is named); null = the template's. */
  readonly paper: Paper | null;
  /** Card sheet layout; null = the template's front matter (`a4-8`). */
  readonly cardLayout: CardLayout | null;
  /** How backs are printed; null = the template's front matter (`long-edge`). */
  readonly duplex: Duplex | null;
  /** Shift of back pages in millimetres, [x, y]. Default: [0, 0]. */
  readonly backOffset: readonly [number, number];
}

/** What the HTML emitter reads. */
export interface HtmlOptions {
  /** Templates folder whose `html/style.css` and `html/deck.js` override the defaults. */
  readonly templatesDir: string | null;
}

/** What the Anki emitter reads. */
export interface AnkiOptions {
  /** The Anki deck's name; null = the notes' title. */
  readonly deckName: string | null;
  /** The deck holds every card (no `--principle` or `--cards` filter), so its ids may be written to the lock. */
  readonly wholeDeck: boolean;
}

export interface Settings {
  readonly cwd: string;
  /** Note files or folders. Default: `content`. */
  readonly inputs: readonly string[];
  /** Output folder. Default: `out`. */
  readonly outDir: string;
  /** Absolute path of a folder of templates overriding the defaults file by file. Default: none. */
  readonly templatesDir: string | null;
  /** Products to build. Default: all three. */
  readonly only: readonly Product[];
  /** Formats to write. Default: pdf. */
  readonly formats: readonly Format[];
  /** Principle catalogue id or YAML path; null = front matter, else `amazon-lp`. */
  readonly catalogue: string | null;
  /** Warnings fail the build. Default: false. */
  readonly strict: boolean;
  /** Rebuild on change. Default: false. */
  readonly watch: boolean;
  readonly cheatsheet: CheatsheetOptions;
  readonly flashcards: FlashcardsOptions;
  readonly storybook: StorybookOptions;
  readonly pdf: PdfOptions;
  readonly html: HtmlOptions;
  readonly anki: AnkiOptions;
  /** What `check`, the build's summary line and the story book's readiness page check. Default: DEFAULT_READINESS. */
  readonly readiness: ReadinessSettings;
}

/** The name of the optional config file in the working folder. */
export const CONFIG_FILE = "prep-print.config.json";

const words = <T extends string>(values: readonly T[]) => listOf(oneOf(values), { commas: true });

/** `x,y` millimetres, as text (`1.5,-0.5`) or a list of two numbers. */
const OFFSET = custom("two numbers in millimetres, like `1.5,-0.5`", (value): [number, number] | undefined => {
  const parts: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(",").map((s) => (s.trim() === "" ? NaN : Number(s))) : [];
  const [x, y] = parts;
  return parts.length === 2 && typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : undefined;
});

/** Every setting a user can give, with the config file's key names (the options' long names in camelCase). */
const SHAPE = {
  content: field(listOf(string(), { commas: true }), undefined),
  inputs: field(listOf(string(), { commas: true }), undefined),
  out: field(string(), undefined),
  templates: field(string(), undefined),
  only: field(words(PRODUCTS), undefined),
  format: field(words(FORMATS), undefined),
  paper: field(oneOf(PAPERS), undefined),
  catalogue: field(string(), undefined),
  cards: field(words(CARD_KINDS), undefined),
  principle: field(listOf(string(), { commas: true }), undefined),
  cardLayout: field(oneOf(CARD_LAYOUTS), undefined),
  duplex: field(oneOf(DUPLEX_MODES), undefined),
  backOffset: field(OFFSET, undefined),
  strict: field(boolean, undefined),
  watch: field(boolean, undefined),
  deck: field(string(), undefined),
  readiness: field(READINESS_CONFIG, undefined),
};
const SETTINGS = object(SHAPE);
type Given = Infer<typeof SETTINGS>;

/** Returns settings from command-line `options` (commander's camelCase keys) and the config file. */
export function resolveSettings(cwd: string, paths: readonly string[], options: Readonly<Record<string, unknown>>): Settings {
  const file = readConfig(cwd);
  const cli = commandLine(options);
  const pick = <K extends keyof Given>(key: K): Given[K] | undefined => cli[key] ?? file[key];
  const templatesDir = pick("templates") === undefined ? null : resolve(cwd, pick("templates") ?? "");
  const readiness = readinessSettings(file.readiness);
  const principles = pick("principle") ?? [];
  return {
    cwd,
    inputs: paths.length > 0 ? paths : (file.content ?? file.inputs ?? ["content"]),
    outDir: pick("out") ?? "out",
    templatesDir,
    only: pick("only") ?? PRODUCTS,
    formats: pick("format") ?? ["pdf"],
    catalogue: pick("catalogue") ?? null,
    strict: pick("strict") ?? false,
    watch: pick("watch") ?? false,
    cheatsheet: { templatesDir, principles },
    flashcards: { templatesDir, cards: pick("cards") ?? CARD_KINDS, principles },
    storybook: { templatesDir, readiness },
    pdf: { paper: pick("paper") ?? null, cardLayout: pick("cardLayout") ?? null, duplex: pick("duplex") ?? null, backOffset: pick("backOffset") ?? [0, 0] },
    html: { templatesDir },
    readiness,
    anki: { deckName: pick("deck") ?? null, wholeDeck: principles.length === 0 && (pick("cards") ?? CARD_KINDS).length === CARD_KINDS.length },
  };
}

/** Returns the command line's settings; a bad value is a usage error naming its option. */
function commandLine(options: Readonly<Record<string, unknown>>): Partial<Given> {
  const known = Object.fromEntries(Object.entries(options).filter(([key]) => key in SHAPE));
  const { value, issues } = validate(SETTINGS, known);
  if (value === undefined) {
    const option = (issue: Issue) => `--${String(issue.path[0] ?? "").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    const first = issues[0];
    const message = first ? `${option(first)} ${first.message}` : "invalid option";
    throw new UsageError(first?.suggestion ? `${message}, did you mean \`${first.suggestion}\`?` : message);
  }
  return value;
}

/** Returns the config file's settings ({} without a file); problems are usage errors at their line. */
function readConfig(cwd: string): Partial<Given> {
  const path = join(cwd, CONFIG_FILE);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch (error) {
    if (systemCode(error) === "ENOENT") return {};
    throw new UsageError(`${CONFIG_FILE}: cannot read it (${systemCode(error) ?? systemReason(error)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new UsageError("the config file is not valid JSON", [jsonError(source, error)]);
  }
  const { value, issues } = validate(SETTINGS, data);
  if (value !== undefined) return value;
  throw new UsageError("the config file has problems", issues.map((issue) => configDiagnostic(source, issue)));
}

function configDiagnostic(source: string, issue: Issue): Diagnostic {
  const key = issue.path.find((p): p is string => typeof p === "string");
  const at = key === undefined ? -1 : source.indexOf(`"${key}"`);
  const before = source.slice(0, Math.max(at, 0)).split("\n");
  const place = at < 0 ? { file: CONFIG_FILE, line: 1, column: 1 } : { file: CONFIG_FILE, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  return diagnostic("error", place, issueMessage(issue), "config", issue.suggestion);
}

/** Returns the JSON syntax error at its line and column (Node reports a character position). */
function jsonError(source: string, error: unknown): Diagnostic {
  const reason = (error as Error).message.replace(/^(?:JSON\.parse: |Unexpected token)/, (m) => (m.startsWith("Unexpected") ? m : ""));
  const position = Number(/position (\d+)/.exec(reason)?.[1] ?? NaN);
  const before = source.slice(0, Number.isFinite(position) ? position : source.length).split("\n");
  const place = { file: CONFIG_FILE, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  return diagnostic("error", place, `Not valid JSON: ${reason.replace(/ in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "")}`, "config-json");
}
