/**
 * Options → one resolved, readonly Settings. Defaults come from, in order: the command
 * line, `prep-print.config.json` in the working folder, then the built-in defaults below.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "./io.js";

export const PRODUCTS = ["cheatsheet", "flashcards", "storybook"] as const;
export type Product = (typeof PRODUCTS)[number];
export const CARD_KINDS = ["questions", "principles", "stories"] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export const CARD_LAYOUTS = ["a4-8", "letter-8", "a7", "index-3x5"] as const;
export type CardLayout = (typeof CARD_LAYOUTS)[number];
export const DUPLEX_MODES = ["long-edge", "short-edge", "fold"] as const;
export type Duplex = (typeof DUPLEX_MODES)[number];

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
  /** Paper for the cheat sheet and story book; null = the template's front matter (a4). */
  readonly paper: "a4" | "letter" | null;
  /** Principle catalogue id or YAML path; null = front matter, else `amazon-lp`. */
  readonly catalogue: string | null;
  /** Flashcard kinds. Default: all three. */
  readonly cards: readonly CardKind[];
  /** Only flashcards about this principle id. Default: all. */
  readonly principle: string | null;
  /** Card sheet layout; null = the template's front matter (`a4-8`). */
  readonly cardLayout: CardLayout | null;
  /** How backs are printed; null = the template's front matter (`long-edge`). */
  readonly duplex: Duplex | null;
  /** Shift of back pages in millimetres, [x, y]. Default: [0, 0]. */
  readonly backOffset: readonly [number, number];
  /** Warnings fail the build. Default: false. */
  readonly strict: boolean;
  /** Rebuild on change. Default: false. */
  readonly watch: boolean;
}

/** The name of the optional config file in the working folder. */
export const CONFIG_FILE = "prep-print.config.json";

type Raw = Record<string, unknown>;

/** Returns settings from command-line `options` (commander's camelCase keys) and the config file. */
export function resolveSettings(cwd: string, paths: readonly string[], options: Raw): Settings {
  const file = readConfig(cwd);
  const pick = (key: string): unknown => options[key] ?? file[key];
  return {
    cwd,
    inputs: paths.length > 0 ? paths : stringList(file.content ?? file.inputs, "content") ?? ["content"],
    outDir: text(pick("out"), "out") ?? "out",
    templatesDir: absolute(cwd, text(pick("templates"), "templates")),
    only: oneOf(stringList(pick("only"), "only"), PRODUCTS, "only") ?? PRODUCTS,
    paper: (oneOf(stringList(pick("paper"), "paper"), ["a4", "letter"] as const, "paper")?.[0]) ?? null,
    catalogue: text(pick("catalogue"), "catalogue") ?? null,
    cards: oneOf(stringList(pick("cards"), "cards"), CARD_KINDS, "cards") ?? CARD_KINDS,
    principle: text(pick("principle"), "principle") ?? null,
    cardLayout: oneOf(stringList(pick("cardLayout"), "card-layout"), CARD_LAYOUTS, "card-layout")?.[0] ?? null,
    duplex: oneOf(stringList(pick("duplex"), "duplex"), DUPLEX_MODES, "duplex")?.[0] ?? null,
    backOffset: offset(pick("backOffset")),
    strict: pick("strict") === true,
    watch: pick("watch") === true,
  };
}

function absolute(cwd: string, path: string | undefined): string | null {
  return path === undefined ? null : resolve(cwd, path);
}

function readConfig(cwd: string): Raw {
  let source: string;
  try {
    source = readFileSync(join(cwd, CONFIG_FILE), "utf8");
  } catch {
    return {};
  }
  try {
    const data: unknown = JSON.parse(source);
    if (typeof data === "object" && data !== null && !Array.isArray(data)) return checkKeys(data as Raw);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${CONFIG_FILE}: not valid JSON: ${(error as Error).message}`);
  }
  throw new UsageError(`${CONFIG_FILE}: must hold a JSON object`);
}

const CONFIG_KEYS = ["content", "inputs", "out", "templates", "only", "paper", "catalogue", "cards", "principle", "cardLayout", "duplex", "backOffset", "strict", "watch"];

function checkKeys(data: Raw): Raw {
  const unknown = Object.keys(data).filter((key) => !CONFIG_KEYS.includes(key));
  if (unknown.length > 0) throw new UsageError(`${CONFIG_FILE}: unknown key \`${unknown[0]}\` (known: ${CONFIG_KEYS.join(", ")})`);
  return data;
}

function text(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || value === "") throw new UsageError(`\`${name}\` must be a non-empty string`);
  return value;
}

function stringList(value: unknown, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  throw new UsageError(`\`${name}\` must be a string or a list of strings`);
}

function oneOf<T extends string>(values: string[] | undefined, allowed: readonly T[], name: string): T[] | undefined {
  if (values === undefined) return undefined;
  for (const v of values) {
    if (!allowed.includes(v as T)) throw new UsageError(`\`${name}\`: unknown value \`${v}\` (expected ${allowed.join(", ")})`);
  }
  return values as T[];
}

function offset(value: unknown): readonly [number, number] {
  if (value === undefined) return [0, 0];
  const parts = Array.isArray(value) ? value.map(Number) : String(value).split(",").map((s) => Number(s.trim()));
  const [x, y] = parts;
  if (parts.length !== 2 || x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
    throw new UsageError("`back-offset` must be two numbers in millimetres, like `1.5,-0.5`");
  }
  return [x, y];
}
