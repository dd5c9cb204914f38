/**
 * Finds story titles inside text in one pass over the text (an Aho–Corasick automaton over
 * the normalised titles), so linking costs the length of the notes, not questions × stories.
 */

/** Returns text in lower case with every run of non-letters, non-digits made one space. */
export function normalizeTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
}

interface State {
  next: Map<string, number>;
  fail: number;
  /** Indexes of the titles that end here (through the failure chain too). */
  out: number[];
}

/** A set of titles that can be looked for in any text. */
export class TitleIndex {
  private readonly states: State[] = [{ next: new Map(), fail: 0, out: [] }];
  private readonly keys: string[];
  /** Title indexes by each of their words, for names that are part of a title. */
  private readonly byWord = new Map<string, number[]>();

  /** `titles` are matched after normalisation; titles shorter than `minLength` characters are never matched. */
  constructor(titles: readonly string[], minLength = 4) {
    this.keys = titles.map((t) => (t.length >= minLength ? normalizeTitle(t) : ""));
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
    if (words.join("").length < 2) return -1;
    const rarest = words.map((w) => this.byWord.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const key = ` ${words.join(" ")} `;
    const matches = rarest.filter((index) => ` ${(this.keys[index] ?? "").trim()} `.includes(key));
    return matches.length === 1 ? (matches[0] as number) : -1;
  }

  /** Returns the indexes (into the constructor's titles) of every title that occurs in `text`, in index order. */
  find(text: string): number[] {
    const found = new Set<number>();
    let state = 0;
    for (const ch of normalizeTitle(text)) {
      state = this.step(state, ch);
      for (const index of (this.states[state] as State).out) found.add(index);
    }
    return [...found].sort((a, b) => a - b);
  }

  private step(from: number, ch: string): number {
    let state = from;
    for (;;) {
      const next = (this.states[state] as State).next.get(ch);
      if (next !== undefined) return next;
      if (state === 0) return 0;
      state = (this.states[state] as State).fail;
    }
  }

  private add(key: string, index: number): void {
    let state = 0;
    for (const ch of key) {
      const current = this.states[state] as State;
      let next = current.next.get(ch);
      if (next === undefined) {
        next = this.states.length;
        this.states.push({ next: new Map(), fail: 0, out: [] });
        current.next.set(ch, next);
      }
      state = next;
    }
    (this.states[state] as State).out.push(index);
  }

  /** Sets each state's failure link, breadth first, and merges the titles ending there. */
  private link(): void {
    const queue: number[] = [...(this.states[0] as State).next.values()];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] as number;
      const state = this.states[id] as State;
      for (const [ch, child] of state.next) {
        const target = this.states[child] as State;
        target.fail = this.step(state.fail, ch);
        if (target.fail === child) target.fail = 0;
        target.out.push(...(this.states[target.fail] as State).out);
        queue.push(child);
      }
    }
  }
}
