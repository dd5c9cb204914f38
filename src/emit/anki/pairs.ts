/**
 * The candidate pairings of new cards with old lock entries, scored. Old keys are indexed by
 * bigram, so only pairs that share bigrams are ever looked at: fast for hundreds of cards.
 */
import type { AnkiCard } from "./identity.js";
import type { IdLockEntry } from "./lock.js";
import { bigramCounts, fingerprintSimilarity, type Bigrams } from "./similarity.js";
import { append } from "../../arrays.js";

/** Key likeness (bigram Dice) at which an edited card keeps its id whatever its answer did: a typo fix. */
export const KEY_ALONE = 0.75;
/** Key likeness at which an edited card keeps its id when its answer confirms it. */
export const KEY_WITH_ANSWER = 0.5;
/** Answer likeness (SimHash) that confirms a middling key. */
export const ANSWER_CONFIRMS = 0.4;
/** Weight of the answer in a match's score: the text decides, the answer breaks ties. */
const ANSWER_WEIGHT = 0.25;

/** A card of this build, and the id it gets (null until matched or minted). */
export interface Fresh {
  card: AnkiCard;
  index: number;
  folded: string;
  grams: Bigrams;
  /** The answer's fingerprint as written to the lock, and as words for comparing. */
  context: string;
  words: Uint32Array | null;
  guid: string | null;
}

/** A card of the last build, as the lock remembers it. */
export interface Old {
  entry: IdLockEntry;
  index: number;
  folded: string;
  grams: Bigrams;
  words: Uint32Array | null;
  taken: boolean;
}

export interface Pair {
  fresh: Fresh;
  old: Old;
  score: number;
}

/**
 * A card keeps only its best few candidates: the greedy pass seldom needs more, and the cap
 * bounds the work when many old keys look alike (a shared "Tell me about a time…").
 */
const CANDIDATES_PER_CARD = 8;

/** Old cards of one kind, indexed by the bigrams of their keys. */
interface Index {
  open: Old[];
  /** For each bigram: the positions in `open` of the keys that have it, and how often. */
  postings: Map<number, number[]>;
}

function indexOf(open: Old[]): Index {
  const postings = new Map<number, number[]>();
  open.forEach((o, at) => {
    for (const [code, count] of bigramCounts(o.grams)) {
      const list = postings.get(code);
      if (list) list.push(at, count);
      else postings.set(code, [at, count]);
    }
  });
  return { open, postings };
}

/** Returns the acceptable pairings of the cards still without an id with the old cards not taken, best first. */
export function candidatePairs(fresh: readonly Fresh[], old: readonly Old[]): Pair[] {
  const pairs: Pair[] = [];
  for (const kind of ["question", "story"] as const) {
    const index = indexOf(old.filter((o) => !o.taken && o.entry.kind === kind));
    const shared = new Int32Array(index.open.length);
    for (const f of fresh) if (f.guid === null && f.card.kind === kind) append(pairs, pairsOf(f, index, shared));
  }
  return pairs.sort(byScore);
}

function byScore(a: Pair, b: Pair): number {
  return b.score - a.score || a.fresh.index - b.fresh.index || a.old.index - b.old.index;
}

/** Returns the best acceptable pairs of `f`: key Dice from the bigrams it shares with each old card. */
function pairsOf(f: Fresh, index: Index, shared: Int32Array): Pair[] {
  const touched: number[] = [];
  for (const [code, count] of bigramCounts(f.grams)) {
    const list = index.postings.get(code) ?? [];
    for (let i = 0; i < list.length; i += 2) {
      const at = list[i] ?? 0;
      if (shared[at] === 0) touched.push(at);
      shared[at] = (shared[at] ?? 0) + Math.min(count, list[i + 1] ?? 0);
    }
  }
  const pairs: Pair[] = [];
  for (const at of touched) {
    const o = index.open[at];
    const key = o ? (2 * (shared[at] ?? 0)) / (f.grams.length + o.grams.length) : 0;
    shared[at] = 0;
    if (!o || key < KEY_WITH_ANSWER) continue;
    const answer = fingerprintSimilarity(f.words, o.words);
    if (key >= KEY_ALONE || answer >= ANSWER_CONFIRMS) pairs.push({ fresh: f, old: o, score: key + ANSWER_WEIGHT * answer });
  }
  return pairs.sort(byScore).slice(0, CANDIDATES_PER_CARD);
}
