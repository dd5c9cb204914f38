/**
 * Finds story titles inside text in one pass over the text (an Aho–Corasick automaton over
 * the normalised titles), so linking costs the length of the notes, not questions × stories.
 * The automaton's edges live in one map keyed by state and UTF-16 unit, to stay small.
 */
import { append } from "../arrays.js";

/** Returns text in lower case with every run of non-letters, non-digits made one space. */
export function normalizeTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
}

/** Only this much of a text is searched for titles (as for principle names). */
const SEARCH_LIMIT = 64 * 1024;

/** Titles longer than this are sentences, not names: they are never looked for. */
const MAX_TITLE = 200;

/** A set of titles that can be looked for in any text. */
export class TitleIndex {
  /** Edge (state × 65536 + unit) → next state. */
  private readonly edges = new Map<number, number>();
  private readonly fail: number[] = [0];
  /** Indexes of the titles that end at each state (through the failure chain too). */
  private readonly out: number[][] = [[]];
  private readonly keys: string[];
  /** Title indexes by each of their words, for names that are part of a title. */
  private readonly byWord = new Map<string, number[]>();

  /** `titles` are matched after normalisation; titles shorter than `minLength` characters are never matched. */
  constructor(titles: readonly string[], minLength = 4) {
    this.keys = titles.map((t) => (t.length >= minLength && t.length <= MAX_TITLE ? normalizeTitle(t) : ""));
    this.keys.forEach((key, index) => {
      if (key.trim() === "") return;
      this.add(key, index);
      for (const word of new Set(key.trim().split(" "))) {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
    });
    this.link();
  }

  /**
   * Returns the index of the one title that `name` (a whole item, `마이데이터`) is part of, word
   * for word, or -1 when no title or more than one is.
   */
  partOf(name: string): number {
    const words = normalizeTitle(name).trim().split(" ");
    if (words.join("").length < 2 || name.length > MAX_TITLE) return -1;
    const rarest = words.map((w) => this.byWord.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const key = ` ${words.join(" ")} `;
    const matches = rarest.filter((index) => ` ${(this.keys[index] ?? "").trim()} `.includes(key));
    return matches.length === 1 ? (matches[0] as number) : -1;
  }

  /** Returns the indexes (into the constructor's titles) of every title that occurs in `text`, in index order. */
  find(text: string): number[] {
    const found = new Set<number>();
    const normal = normalizeTitle(text.length > SEARCH_LIMIT ? text.slice(0, SEARCH_LIMIT) : text);
    let state = 0;
    for (let i = 0; i < normal.length; i++) {
      state = this.step(state, normal.charCodeAt(i));
      for (const index of this.out[state] as number[]) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  }

  private step(from: number, unit: number): number {
    let state = from;
    for (;;) {
      const next = this.edges.get(state * 65536 + unit);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = this.fail[state] as number;
    }
  }

  private add(key: string, index: number): void {
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const edge = state * 65536 + key.charCodeAt(i);
      let next = this.edges.get(edge);
      if (next === undefined) {
        next = this.fail.length;
        this.fail.push(0);
        this.out.push([]);
        this.edges.set(edge, next);
      }
      state = next;
    }
    (this.out[state] as number[]).push(index);
  }

  /** Sets each state's failure link, breadth first, and merges the titles ending there. */
  private link(): void {
    const children = new Map<number, [number, number][]>();
    for (const [edge, child] of this.edges) {
      const parent = Math.floor(edge / 65536);
      const list = children.get(parent) ?? [];
      list.push([edge % 65536, child]);
      children.set(parent, list);
    }
    const queue = (children.get(0) ?? []).map(([, child]) => child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      for (const [unit, child] of children.get(state) ?? []) {
        const fail = this.step(this.fail[state] as number, unit);
        this.fail[child] = fail === child ? 0 : fail;
        const inherited = this.out[this.fail[child] as number] as number[];
        if (inherited.length > 0) append((this.out[child] as number[]), inherited);
        queue.push(child);
      }
    }
  }
}
