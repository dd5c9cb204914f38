/**
 * Principle catalogues: Amazon's Leadership Principles built in, others from a YAML file.
 * A catalogue file must be a regular `.yaml`/`.yml` file of at most 1 MB (never a device,
 * a FIFO or `/proc/…`); its problems are located by line and column and never quote it.
 */
import { closeSync, openSync, readSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { systemReason } from "../notes/reason.js";
import { either, field, issueMessage, listOf, object, required, string, validate } from "../schema.js";
import { readYaml } from "../yaml.js";

/** One principle of a catalogue and the words it is known by. */
export interface CatalogueEntry {
  id: string;
  name: string;
  /** Other names of the principle: matched wherever it is named, and in prose. */
  aliases: string[];
  /** Words that name it only when they stand alone (`Deliver` as an item or heading), never in prose. */
  short: string[];
  /** Words that point to it inside a sentence, matched at word starts (`고객 만족` in `고객에게 만족스러운`); never shown as names. */
  phrases: string[];
}

/** A list of principles (Amazon's, or a company's own values). */
export interface Catalogue {
  id: string;
  name: string;
  principles: CatalogueEntry[];
}

/** A catalogue that cannot be used: where (in the catalogue file, or the path as given) and why. */
export interface CatalogueProblem {
  /** The catalogue file, or the name as given when it names no usable file. */
  file: string;
  /** 1-based; 0 when the problem is the file as a whole. */
  line: number;
  column: number;
  message: string;
  /** The problem is inside the file (YAML, shape), not in finding or opening it. */
  inside: boolean;
  /** The nearest known key, for a misspelt one. */
  suggestion?: string;
}

/** A catalogue read, or why it could not be. */
export type CatalogueRead = { catalogue: Catalogue; problem?: undefined } | { catalogue?: undefined; problem: CatalogueProblem };

/** Name of the built-in catalogue. */
export const DEFAULT_CATALOGUE = "amazon-lp";

const BUILT_IN = new URL("../../catalogues/", import.meta.url);
/** Built-in catalogues never change while the program runs: each is read once, frozen, and shared. */
const builtIns = new Map<string, Catalogue>();
const MAX_BYTES = 1024 * 1024;

/** Returns true when `name` is the id of a built-in catalogue rather than a file path. */
export function isBuiltInCatalogue(name: string): boolean {
  return /^[a-z0-9-]+$/.test(name);
}

/** Returns the ids of the built-in catalogues. */
export function builtInCatalogues(): string[] {
  return readdirSync(fileURLToPath(BUILT_IN)).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -".yaml".length)).sort();
}

/** Returns the built-in catalogue (`amazon-lp`) or the one in the YAML file at `pathOrId`; throws with the problem. */
export function loadCatalogue(pathOrId: string = DEFAULT_CATALOGUE): Catalogue {
  const read = readCatalogue(pathOrId, pathOrId);
  if (read.catalogue) return read.catalogue;
  const problem = read.problem as CatalogueProblem;
  throw new Error(`${problem.file}${problem.line > 0 ? `:${problem.line}:${problem.column}` : ""}: ${problem.message}`);
}

/** Reads a built-in catalogue by id or a catalogue file by path; `shown` is how messages name it. Never throws. */
export function readCatalogue(pathOrId: string, shown: string): CatalogueRead {
  const fail = (message: string): CatalogueRead => ({ problem: { file: shown, line: 0, column: 0, message, inside: false } });
  if (isBuiltInCatalogue(pathOrId)) {
    const ids = builtInCatalogues();
    if (!ids.includes(pathOrId)) return fail(`Unknown catalogue \`${pathOrId}\`: the built-in catalogues are ${ids.map((id) => `\`${id}\``).join(", ")}; or name a \`.yaml\` file`);
    const known = builtIns.get(pathOrId);
    if (known) return { catalogue: known };
    const read = parseText(readFileSync(fileURLToPath(new URL(`${pathOrId}.yaml`, BUILT_IN)), "utf8"), shown);
    if (read.catalogue) builtIns.set(pathOrId, freeze(read.catalogue));
    return read;
  }
  if (![".yaml", ".yml"].includes(extname(pathOrId).toLowerCase())) return fail("A principle catalogue must be a `.yaml` or `.yml` file");
  let text: string;
  try {
    // Look before opening: a FIFO or a device would block or never end.
    const info = statSync(pathOrId);
    // Files of /proc and /sys say they are regular and empty, and are neither.
    if (!info.isFile() || /^\/(proc|sys|dev)\//.test(realpathSync(pathOrId))) return fail("A principle catalogue must be a regular file");
    if (info.size > MAX_BYTES) return fail(`This catalogue is ${Math.ceil(info.size / 1024)} KB; a principle catalogue may be at most 1 MB`);
    const read = readAtMost(pathOrId, MAX_BYTES);
    if (read === undefined) return fail("A principle catalogue may be at most 1 MB");
    text = read;
  } catch (error) {
    return fail(`Cannot read the principle catalogue: ${systemReason(error)}`);
  }
  return parseText(text, shown);
}

/** Returns the text of the file at `path`, or undefined when it holds more than `max` bytes (whatever its size says). */
function readAtMost(path: string, max: number): string | undefined {
  const buffer = Buffer.alloc(max + 1);
  const fd = openSync(path, "r");
  try {
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return length > max ? undefined : buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}

/** Returns the catalogue described by YAML `text`; throws with the path on a malformed file. */
export function parseCatalogue(text: string, path: string): Catalogue {
  const read = parseText(text, path);
  if (read.catalogue) return read.catalogue;
  throw new Error(`${path}: ${read.problem?.message}`);
}

const WORDS = listOf(string());
/** A principle: its name alone, or `{ name, id, aliases, short, phrases }`. */
const ENTRY = either(
  string(),
  object(
    { name: required(string()), id: field(string(), undefined), aliases: field(WORDS, []), short: field(WORDS, []), phrases: field(WORDS, []) },
    { what: "a mapping with `name` and optional `id`, `aliases`, `short`, `phrases`" },
  ),
);
const CATALOGUE = object({ id: field(string(), undefined), name: field(string(), undefined), principles: required(listOf(ENTRY)) }, { what: "a mapping with `principles:`, a list of `{ name, aliases }`" });

function parseText(text: string, file: string): CatalogueRead {
  const yaml = readYaml(text.replace(/^\uFEFF/, ""));
  if (yaml.problem) return { problem: { file, line: yaml.problem.line, column: yaml.problem.column, message: `Invalid YAML in the principle catalogue: ${yaml.problem.message}`, inside: true } };
  const { value, issues } = validate(CATALOGUE, yaml.data);
  const issue = issues[0];
  if (value === undefined || issue) {
    const key = typeof issue?.path[0] === "string" ? issue.path[0] : "principles";
    // The catalogue's own words are never quoted: the file named may hold anything.
    const message = issue ? issueMessage({ ...issue, message: issue.message.replace(/, got `[\s\S]*`$/, `, got ${kindOf(valueAt(yaml.data, issue.path))}`) }) : "not a catalogue";
    return { problem: { file, line: yaml.keyLines.get(key) ?? 1, column: 1, message, inside: true, ...(issue?.suggestion ? { suggestion: issue.suggestion } : {}) } };
  }
  const principles = value.principles.map((item): CatalogueEntry =>
    typeof item === "string" ? { id: slug(item), name: item, aliases: [], short: [], phrases: [] } : { ...item, id: item.id ?? slug(item.name) },
  );
  const name = value.name ?? file;
  return { catalogue: { id: value.id ?? slug(name), name, principles } };
}

/** Returns the value at `path` inside `data` (undefined where there is none). */
function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) value = typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
  return value;
}

/** Returns what kind of YAML value `value` is, in words: "a text", "a list", "nothing". */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "a text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  return "a mapping";
}

/** Returns a URL-safe id for a name: lower case, words joined by `-`, Hangul kept. */
export function slug(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

function freeze(catalogue: Catalogue): Catalogue {
  for (const entry of catalogue.principles) {
    Object.freeze(entry.aliases);
    Object.freeze(entry.short);
    Object.freeze(entry.phrases);
    Object.freeze(entry);
  }
  Object.freeze(catalogue.principles);
  return Object.freeze(catalogue);
}

