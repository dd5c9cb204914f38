/** Finds principles by the names people write: any case, numbered, decorated, misspelt, or glued to Korean particles. */
import type { Catalogue, CatalogueEntry } from "./catalogue.js";
import { plainText } from "./markdown.js";
import { Mentions } from "./mentions.js";

/** A principle named by a text, and what follows the name. */
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
    // `LP 3:`, `Principle:`, `리더십 원칙:`: a label before the name.
    .replace(/^\s*(?:(?:amazon\s+)?(?:leadership\s+)?principles?|lps?|리더십\s*원칙|원칙)\s*#?\d*\s*[:.)\-–—]\s*(?=\S)/u, "")
    // `3.`, `#3`, `2-1.`, `4.Are right`, `IV.`: numbering before the name.
    .replace(/^\s*(?:lp\s*)?(?:#?\d+(?:[-.]\d+)*|[ivx]+)(?:\s*[.):\]-]\s*|\s+)/, "")
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

/** Longest text looked up as a name: longer lines are sentences, not names. */
const NAME_LIMIT = 120;

/** Matches principle names against one catalogue. */
export class PrincipleMatcher {
  private readonly names: { key: string; compact: string; id: string }[] = [];
  /** The longest name, spaces aside: a longer text can be no misspelling of one. */
  private longest = 0;
  private readonly exact = new Map<string, string>();
  private readonly found: Mentions;
  /** Names are looked up again and again (each heading and item by several rules): remembered per text. */
  private readonly matched = new Map<string, NameMatch | null>();

  constructor(readonly catalogue: Catalogue) {
    for (const entry of catalogue.principles) {
      for (const name of [entry.name, ...entry.aliases]) {
        const key = normalizeName(name);
        this.names.push({ key, compact: key.replace(/ /g, ""), id: entry.id });
        this.longest = Math.max(this.longest, key.replace(/ /g, "").length);
        if (!this.exact.has(key)) this.exact.set(key, entry.id);
        if (!this.exact.has(key.replace(/ /g, ""))) this.exact.set(key.replace(/ /g, ""), entry.id);
      }
    }
    // A word that names the principle only when it stands alone (`Deliver`, `Backbone`).
    for (const entry of catalogue.principles) {
      for (const word of entry.short) if (!this.exact.has(normalizeName(word))) this.exact.set(normalizeName(word), entry.id);
    }
    this.found = new Mentions(catalogue);
  }

  /** Returns the principle that `text` names (whole, or before a separator), or null. */
  match(text: string): NameMatch | null {
    const known = this.matched.get(text);
    if (known !== undefined) return known;
    const found = this.matchOnce(text);
    this.matched.set(text, found);
    return found;
  }

  private matchOnce(text: string): NameMatch | null {
    const whole = text.length > NAME_LIMIT ? null : this.lookup(text);
    if (whole) return { id: whole, remainder: "" };
    const bilingual = this.bilingual(text);
    if (bilingual) return bilingual;
    const head = SEPARATORS.exec(text) ? (text.split(SEPARATORS)[0] ?? "") : "";
    const id = head.trim() === "" || head.length > NAME_LIMIT ? null : this.lookup(head);
    if (!id) return null;
    const rest = text.slice(text.indexOf(head) + head.length).replace(SEPARATORS, "");
    const remainder = plainText(rest).replace(/[)\]]\s*$/, "").trim();
    return { id, remainder: this.lookup(remainder) === id ? "" : remainder };
  }

  /**
   * `Customer Obsession 고객 집착`: a name written in both scripts without a separator. Either
   * half may name the principle; the other half is its remainder unless it names it too.
   */
  private bilingual(text: string): NameMatch | null {
    if (text.length > NAME_LIMIT || !/[a-z]/i.test(text) || !/[\uac00-\ud7a3]/.test(text)) return null;
    const runs = text.split(/(?<=[\uac00-\ud7a3])\s+(?=[^\uac00-\ud7a3]*[a-z])|(?<=[a-z)])\s+(?=[^a-z]*[\uac00-\ud7a3])/i);
    if (runs.length !== 2) return null;
    const [first = "", second = ""] = runs;
    const id = this.lookup(first) ?? this.lookup(second);
    if (!id) return null;
    const other = this.lookup(first) === id ? second : first;
    return { id, remainder: this.lookup(other) === id ? "" : plainText(other).trim() };
  }

  /** Returns the catalogue name nearest to `text`, for "did you mean" messages on tags. */
  suggest(text: string): CatalogueEntry | null {
    const key = normalizeName(text).slice(0, NAME_LIMIT);
    let best: { id: string; distance: number } | null = null;
    for (const name of this.names) {
      const distance = editDistance(key, name.key);
      if (!best || distance < best.distance) best = { id: name.id, distance };
    }
    return best && best.distance <= Math.max(3, key.length / 2) ? this.entry(best.id) : null;
  }

  /** Returns the principle that `text` most likely misspells (`Dive Deeper`), or null when it is no attempt at a name. */
  near(text: string): CatalogueEntry | null {
    const compact = normalizeName(text).replace(/ /g, "");
    if (compact.length < 4 || compact.length > NAME_LIMIT) return null;
    const limit = Math.max(2, Math.ceil(compact.length / 4));
    let best: { id: string; distance: number } | null = null;
    for (const name of this.names) {
      const distance = editDistance(compact, name.compact, limit);
      if (distance <= limit && distance * 2 < compact.length && (!best || distance < best.distance)) best = { id: name.id, distance };
    }
    return best ? this.entry(best.id) : null;
  }

  /** Returns the ids of every principle whose name, alias or phrase appears in `text`. */
  mentions(text: string): string[] {
    return this.found.in(text);
  }

  /** Returns the catalogue entry with this id. */
  entry(id: string): CatalogueEntry | null {
    return this.catalogue.principles.find((p) => p.id === id) ?? null;
  }

  private lookup(text: string): string | null {
    const key = normalizeName(text);
    if (key === "") return null;
    const compact = key.replace(/ /g, "");
    const exact = this.exact.get(key) ?? this.exact.get(compact);
    if (exact) return exact;
    const limit = tolerance(compact.length);
    if (limit === 0 || compact.length > this.longest + limit) return null;
    let best: { id: string; distance: number } | null = null;
    for (const name of this.names) {
      const distance = editDistance(compact, name.compact, limit);
      if (distance <= limit && (!best || distance < best.distance)) best = { id: name.id, distance };
    }
    return best?.id ?? null;
  }
}
