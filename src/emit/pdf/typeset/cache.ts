/** Lines remembered per run list, width, size and weight, so repeated layout passes break each paragraph once. */
import type { Line } from "./linebreak.js";
import type { Run } from "../../../markdown/types.js";

/**
 * A per-document cache of broken lines. A fit search, column balancing and the final drawing
 * lay the same paragraphs at the same widths many times; only the height they may take
 * changes. Entries are keyed by the identity of the run list, so they die with the blocks.
 * Cached lines are shared: callers must not change them.
 */
export class LineCache {
  private readonly byRuns = new WeakMap<readonly Run[], Map<string, readonly Line[]>>();

  /** Returns the lines of `runs` for `key` (width, size, weight), breaking them with `make` the first time. */
  lines(runs: readonly Run[], key: string, make: () => Line[]): readonly Line[] {
    let entries = this.byRuns.get(runs);
    if (!entries) {
      entries = new Map();
      this.byRuns.set(runs, entries);
    }
    let lines = entries.get(key);
    if (!lines) {
      lines = make();
      entries.set(key, lines);
    }
    return lines;
  }
}
