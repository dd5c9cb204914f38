/** Principle catalogues: Amazon's Leadership Principles built in, others from a YAML file. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";

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

export interface Catalogue {
  id: string;
  name: string;
  principles: CatalogueEntry[];
}

/** Name of the built-in catalogue. */
export const DEFAULT_CATALOGUE = "amazon-lp";

/** Returns true when `name` is the id of a built-in catalogue rather than a file path. */
export function isBuiltInCatalogue(name: string): boolean {
  return /^[a-z0-9-]+$/.test(name);
}

/** Returns the built-in catalogue (`amazon-lp`) or the catalogue in the YAML file at `pathOrId`. */
export function loadCatalogue(pathOrId: string = DEFAULT_CATALOGUE): Catalogue {
  const builtIn = isBuiltInCatalogue(pathOrId);
  const path = builtIn ? fileURLToPath(new URL(`../../catalogues/${pathOrId}.yaml`, import.meta.url)) : pathOrId;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read the principle catalogue ${path}${builtIn ? " (no such built-in catalogue)" : ""}`, { cause: error });
  }
  return parseCatalogue(text, path);
}

/** Returns the catalogue described by YAML `text`; throws with the path on a malformed file. */
export function parseCatalogue(text: string, path: string): Catalogue {
  let data: unknown;
  try {
    data = load(text);
  } catch (error) {
    throw new Error(`${path}: invalid YAML in the principle catalogue: ${(error as Error).message}`, { cause: error });
  }
  const fail = (why: string): never => {
    throw new Error(`${path}: ${why}`);
  };
  if (!isRecord(data) || !Array.isArray(data.principles)) return fail("a catalogue needs `principles:`, a list of `{ name, aliases }`");
  const principles = data.principles.map((item: unknown, index): CatalogueEntry => {
    if (typeof item === "string") return { id: slug(item), name: item, aliases: [], short: [], phrases: [] };
    if (!isRecord(item) || typeof item.name !== "string") return fail(`principle ${index + 1} needs a \`name\``);
    const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
    return { id: typeof item.id === "string" ? item.id : slug(item.name), name: item.name, aliases: list(item.aliases), short: list(item.short), phrases: list(item.phrases) };
  });
  const name = typeof data.name === "string" ? data.name : path;
  return { id: typeof data.id === "string" ? data.id : slug(name), name, principles };
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
