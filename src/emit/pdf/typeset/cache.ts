/** Lines remembered per run list, width, size and weight, so repeated layout passes break each paragraph once. */
import type { Line, LineBreaker } from "./linebreak.js";
import type { Run } from "../../../markdown/types.js";
import { segmentRuns, type Segment } from "./words.js";
import type { LayoutStore } from "./layout-store.js";

/** Lines of a paragraph from line `start` on; `base` is where the paragraph's text begins in theirs. */
export interface LinesFrom {
  lines: LineBreaker;
  start: number;
  base: number;
}

/** Where the rest of a split paragraph begins in the paragraph it was cut from. */
interface Cut {
  source: readonly Run[];
  offset: number;
}

/** What one generation of the cache holds, each keyed by the identity of a run list. */
class Generation {
  readonly byRuns = new WeakMap<readonly Run[], Map<string, LineBreaker>>();
  readonly segmented = new WeakMap<readonly Run[], Segment[]>();
  readonly cuts = new WeakMap<readonly Run[], Cut>();
}

/**
 * A per-document cache of broken lines. A fit search, column balancing and the final drawing
 * lay the same paragraphs at the same widths many times; only the height they may take
 * changes. Entries are keyed by the identity of the run list, so they die with the blocks.
 * Cached lines are shared: callers must not change them.
 *
 * A long document ages the cache at each page (`age`): what was not asked for since the last
 * age is forgotten, so memory stays that of a page or two while a paragraph running over many
 * pages keeps its lines, broken once.
 *
 * With a store (`build --watch`, see layout-store.ts), a run list met for the first time takes the
 * lines of a paragraph with the same content from earlier documents, and leaves its own there.
 */
export class LineCache {
  private current = new Generation();
  private previous = new Generation();

  constructor(private readonly store: LayoutStore | null = null) {}

  /** Forgets what was not asked for since the last call; what was asked for is kept until the next. */
  age(): void {
    this.previous = this.current;
    this.current = new Generation();
  }

  /** Returns the entry of `runs` in `table`, taking it into the current generation from the previous one. */
  private find<T>(table: (g: Generation) => WeakMap<readonly Run[], T>, runs: readonly Run[]): T | undefined {
    const found = table(this.current).get(runs);
    if (found !== undefined) return found;
    const kept = table(this.previous).get(runs);
    if (kept !== undefined) table(this.current).set(runs, kept);
    return kept;
  }

  /** Returns every line of `runs` for `key` (width, size, weight), breaking them with `make`'s breaker the first time. */
  lines(runs: readonly Run[], key: string, make: () => LineBreaker): readonly Line[] {
    return this.breaker(runs, key, make).all();
  }

  /** Returns the line breaker of `runs` for `key`, made with `make` the first time: its lines are broken as far as anyone asked. */
  private breaker(runs: readonly Run[], key: string, make: () => LineBreaker): LineBreaker {
    let entries = this.find((g) => g.byRuns, runs);
    if (!entries) {
      entries = this.store?.breakers(runs) ?? new Map();
      this.current.byRuns.set(runs, entries);
    }
    let lines = entries.get(key);
    if (!lines) {
      lines = make();
      entries.set(key, lines);
    }
    return lines;
  }

  /** Returns the segments of `runs` (words and their glue), split once whatever the width. */
  segments(runs: readonly Run[]): Segment[] {
    let segments = this.find((g) => g.segmented, runs);
    if (!segments) {
      segments = segmentRuns(runs);
      this.current.segmented.set(runs, segments);
    }
    return segments;
  }

  /** Records that `rest` is the paragraph `source` (or what it was cut from) from character `offset` of `source` on. */
  cut(rest: readonly Run[], source: readonly Run[], offset: number): void {
    const parent = this.find((g) => g.cuts, source);
    this.current.cuts.set(rest, parent ? { source: parent.source, offset: parent.offset + offset } : { source, offset });
  }

  /**
   * Returns the lines of `runs` for `key`. The rest of a split paragraph takes the lines of the whole
   * from where it was cut, when the whole was broken at this key: greedy breaking starts each line
   * afresh, so they are the lines breaking the rest alone would give, and a paragraph running over
   * many pages is broken once rather than once more for each page.
   */
  linesFrom(runs: readonly Run[], key: string, make: () => LineBreaker): LinesFrom {
    const cut = this.find((g) => g.cuts, runs);
    const whole = cut && this.find((g) => g.byRuns, cut.source)?.get(key);
    if (cut && whole) {
      const start = lineAt(whole.lines, cut.offset);
      if (start >= 0) return { lines: whole, start, base: cut.offset };
    }
    return { lines: this.breaker(runs, key, make), start: 0, base: 0 };
  }
}

/** Returns the index of the line that starts at `offset`, or -1. */
function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = (lines[mid] as Line).offset;
    if (at === offset) return mid;
    if (at < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
