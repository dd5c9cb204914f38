/** Finds principles by the names people write: any case, numbered, decorated, misspelt. */
import type { Catalogue, CatalogueEntry } from "./catalogue.js";

export interface NameMatch {
  id: string;
  /** The words after the name on the same line (`Customer Obsession: my hook` → `my hook`). */
  remainder: string;
}

const SEPARATORS = /\s*(?::|：|\s-\s|\s–\s|\s—\s|->|→|=>|\(|\[|\|)\s*/;

/** Returns `text` reduced to the words of a name: no numbering, emoji, shortcodes or punctuation. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/:[a-z0-9_+-]+:/g, " ")
    .replace(/[\p{Extended_Pictographic}\p{S}\u200d\ufe0f]/gu, " ")
    .replace(/^\s*(?:lp\s*)?(?:#?\d+|[ivx]+)\s*[.):\]-]?\s+/, "")
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Returns the Levenshtein distance of `a` and `b`, or `limit + 1` once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Typos tolerated for a name of this many letters. */
function tolerance(length: number): number {
  return length >= 12 ? 2 : length >= 5 ? 1 : 0;
}

/** Matches principle names against one catalogue. */
export class PrincipleMatcher {
  private readonly names: { key: string; compact: string; id: string }[] = [];
  /** Names long enough to be looked for in prose: Latin ones as whole words, others anywhere. */
  private readonly mentionKeys: { id: string; key: string; latin: boolean }[] = [];

  constructor(readonly catalogue: Catalogue) {
    for (const entry of catalogue.principles) {
      for (const name of [entry.name, entry.aliases].flat()) {
        const key = normalizeName(name);
        this.names.push({ key, compact: key.replace(/ /g, ""), id: entry.id });
        const latin = /^[a-z0-9 ]+$/.test(key);
        if (key.replace(/ /g, "").length >= 4) this.mentionKeys.push({ id: entry.id, key: latin ? ` ${key} ` : key.replace(/ /g, ""), latin });
      }
    }
  }

  /** Returns the principle that `text` names (whole, or before a separator), or null. */
  match(text: string): NameMatch | null {
    const whole = this.lookup(text);
    if (whole) return { id: whole, remainder: "" };
    const parts = text.split(SEPARATORS);
    const head = parts[0] ?? "";
    const id = head.trim() === "" ? null : this.lookup(head);
    if (!id) return null;
    const remainder = text.slice(text.indexOf(head) + head.length).replace(SEPARATORS, "").replace(/\)\s*$/, "").trim();
    return { id, remainder: this.lookup(remainder) === id ? "" : remainder };
  }

  /** Returns the catalogue name nearest to `text`, for "did you mean" messages. */
  suggest(text: string): CatalogueEntry | null {
    const key = normalizeName(text);
    let best: { id: string; distance: number } | null = null;
    for (const name of this.names) {
      const distance = editDistance(key, name.key);
      if (!best || distance < best.distance) best = { id: name.id, distance };
    }
    return best && best.distance <= Math.max(3, key.length / 2) ? this.entry(best.id) : null;
  }

  /** Returns the ids of every principle whose name or (long enough) alias appears in `text`. */
  mentions(text: string): string[] {
    const words = ` ${text.normalize("NFKC").toLowerCase().replace(/&/g, " and ").replace(/['’`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    const compact = words.replace(/ /g, "");
    const found = new Set<string>();
    for (const { id, key, latin } of this.mentionKeys) if (!found.has(id) && (latin ? words : compact).includes(key)) found.add(id);
    return this.catalogue.principles.map((p) => p.id).filter((id) => found.has(id));
  }

  /** Returns the catalogue entry with this id. */
  entry(id: string): CatalogueEntry | null {
    return this.catalogue.principles.find((p) => p.id === id) ?? null;
  }

  private lookup(text: string): string | null {
    const key = normalizeName(text);
    if (key === "") return null;
    const compact = key.replace(/ /g, "");
    const exact = this.names.find((n) => n.key === key || n.compact === compact);
    if (exact) return exact.id;
    const limit = tolerance(compact.length);
    if (limit === 0) return null;
    let best: { id: string; distance: number } | null = null;
    for (const name of this.names) {
      const distance = editDistance(compact, name.compact, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: name.id, distance };
    }
    return best?.id ?? null;
  }
}
