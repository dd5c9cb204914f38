/**
 * Finds the principles a sentence mentions: Latin names as whole words, Korean names
 * anywhere (Korean glues particles to words), and the catalogue's phrases — and Korean
 * names of several words — at word starts, so `고객에 집착했던` mentions `고객 집착`.
 * Every key is prepared once; a text is read once per kind of key.
 */
import type { Catalogue } from "./catalogue.js";

interface StartKey {
  id: string;
  words: string[];
}

/** Names shorter than this (letters, spaces aside) are not looked for in prose. */
const MIN_LETTERS = 4;
/** Only this much of a text is searched: enough for any note a person writes, bounded for pasted megabytes. */
export const SEARCH_LIMIT = 64 * 1024;

/** Returns text as lower-case words separated by single spaces, with a space at each end. */
export function mentionWords(text: string): string {
  return ` ${text.normalize("NFKC").toLowerCase().replace(/&/g, " and ").replace(/['’`]/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

/** The principles' names, aliases and phrases, ready to be found in text. */
export class Mentions {
  private readonly whole: { id: string; key: string }[] = [];
  private readonly anywhere: { id: string; key: string }[] = [];
  private readonly starts = new Map<string, StartKey[]>();

  constructor(private readonly catalogue: Catalogue) {
    for (const entry of catalogue.principles) {
      for (const name of [entry.name, ...entry.aliases]) {
        const key = mentionWords(name).trim();
        if (key.replace(/ /g, "").length < MIN_LETTERS) continue;
        if (/^[a-z0-9 ]+$/.test(key)) this.whole.push({ id: entry.id, key: ` ${key} ` });
        else {
          this.anywhere.push({ id: entry.id, key: key.replace(/ /g, "") });
          if (key.includes(" ")) this.addStart(entry.id, key);
        }
      }
      for (const phrase of entry.phrases) this.addStart(entry.id, mentionWords(phrase).trim());
    }
  }

  /** Returns the ids of the principles `text` mentions, in catalogue order. */
  in(text: string): string[] {
    const words = mentionWords(text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text);
    const compact = words.replace(/ /g, "");
    const found = new Set<string>();
    // Each kind of key is looked for only in text of its script.
    if (/[a-z]/.test(words)) for (const { id, key } of this.whole) if (!found.has(id) && words.includes(key)) found.add(id);
    if (/[^ a-z0-9]/.test(compact)) for (const { id, key } of this.anywhere) if (!found.has(id) && compact.includes(key)) found.add(id);
    if (this.starts.size > 0) this.findStarts(words.trim().split(" "), found);
    return this.catalogue.principles.map((p) => p.id).filter((id) => found.has(id));
  }

  private addStart(id: string, key: string): void {
    const words = key.split(" ").filter((w) => w !== "");
    const first = words[0]?.[0];
    if (!first) return;
    const list = this.starts.get(first) ?? [];
    list.push({ id, words });
    this.starts.set(first, list);
  }

  private findStarts(tokens: readonly string[], found: Set<string>): void {
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.starts.get(tokens[i]?.[0] ?? "");
      if (!candidates) continue;
      for (const { id, words } of candidates) {
        if (!found.has(id) && words.every((w, k) => tokens[i + k]?.startsWith(w) === true)) found.add(id);
      }
    }
  }
}
