/** Builds fuzz case number `index` of a seed: a seed note with a few mutations, rare huge inputs included. */
import type { SeedNote } from "./corpus.js";
import { OPERATORS, replaceFrontMatter, type Draft } from "./operators.js";
import { aliasBomb } from "./pieces.js";
import { caseRandom, type Random } from "./random.js";

/** One generated note and how it was made. */
export interface FuzzCase {
  seed: number;
  index: number;
  /** The seed note it started from. */
  base: string;
  /** The mutations applied, in order. */
  ops: string[];
  text: string;
}

/**
 * Inputs that are slow today are rare, so that a run of 20,000 cases stays fast while
 * still meeting each of them a few dozen times.
 */
const RARE: { name: string; chance: number; apply: (draft: Draft, rng: Random) => void }[] = [
  { name: "token100k", chance: 0.003, apply: (d, r) => d.lines.splice(r.int(0, d.lines.length), 0, `${r.pick(["", "A: ", "- ", "1. "])}${"가나다abc".repeat(100_000 / 6)}`) },
  { name: "line1m", chance: 0.0008, apply: (d, r) => d.lines.splice(r.int(0, d.lines.length), 0, `${r.pick(["", "R: ", "- "])}${"재고 release 40% ".repeat(1_000_000 / 16)}`) },
  { name: "aliasBomb", chance: 0.0015, apply: (d, r) => replaceFrontMatter(d, aliasBomb(r.int(7, 8))) },
];

const NAMES = Object.keys(OPERATORS);
const TOTAL_WEIGHT = NAMES.reduce((sum, name) => sum + (OPERATORS[name]?.weight ?? 0), 0);

/** Returns case `index` of `seed`: the same arguments (and corpus) always give the same text. */
export function generateCase(corpus: readonly SeedNote[], seed: number, index: number): FuzzCase {
  const rng = caseRandom(seed, index);
  const base = rng.pick(corpus);
  const donors = linesOf(corpus);
  const draft: Draft = { lines: base.text.replace(/\r\n?/g, "\n").split("\n"), lineEnd: base.text.includes("\r\n") ? "\r\n" : "\n", donors };
  const ops: string[] = [];
  for (let count = rng.pick([1, 1, 2, 2, 3, 4, 6]); count > 0; count--) {
    const name = pickOperator(rng);
    OPERATORS[name]?.apply(draft, rng);
    ops.push(name);
  }
  for (const rare of RARE) {
    if (!rng.chance(rare.chance)) continue;
    rare.apply(draft, rng);
    ops.push(rare.name);
  }
  return { seed, index, base: base.name, ops, text: join(draft, rng) };
}

const split = new WeakMap<readonly SeedNote[], string[][]>();

/** Returns each seed note's lines, split once per corpus (splitting every note for every case would dominate a run). */
function linesOf(corpus: readonly SeedNote[]): string[][] {
  const known = split.get(corpus);
  if (known) return known;
  const lines = corpus.map((note) => note.text.replace(/\r\n?/g, "\n").split("\n"));
  split.set(corpus, lines);
  return lines;
}

function pickOperator(rng: Random): string {
  let left = rng.next() * TOTAL_WEIGHT;
  for (const name of NAMES) {
    left -= OPERATORS[name]?.weight ?? 0;
    if (left < 0) return name;
  }
  return NAMES[0] ?? "deleteLines";
}

function join(draft: Draft, rng: Random): string {
  if (draft.lineEnd !== "mixed") return draft.lines.join(draft.lineEnd);
  return draft.lines.map((line, i) => (i === draft.lines.length - 1 ? line : line + rng.pick(["\n", "\r\n"]))).join("");
}
