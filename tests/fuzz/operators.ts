/** Mutations of a note's lines: each changes the lines in place the way an unlucky or hostile writer would. */
import { FENCES, HEADINGS, HTML, ODD_CHARACTERS, QUOTES, STAR_LABELS, TABLES, WORDS, frontMatter } from "./pieces.js";
import type { Random } from "./random.js";

/** A note being mutated: its lines, and how they will be joined. */
export interface Draft {
  lines: string[];
  lineEnd: "\n" | "\r\n" | "mixed" | "\r";
  /** Lines from every seed note, for splicing one note into another. */
  donors: readonly string[][];
}

export type Operator = (draft: Draft, rng: Random) => void;

const at = (draft: Draft, rng: Random): number => rng.int(0, draft.lines.length);
const insert = (draft: Draft, rng: Random, lines: string[]): void => void draft.lines.splice(at(draft, rng), 0, ...lines);
const indentOf = (rng: Random): string => rng.pick(["", "", "  ", "   ", "    ", "      ", "\t", "\t\t", " \t", "        "]);
const word = (rng: Random): string => rng.pick(WORDS);

/** The operators by name, each with how often it is drawn (a relative weight). */
export const OPERATORS: Record<string, { weight: number; apply: Operator }> = {
  deleteLines: { weight: 8, apply: (d, r) => void d.lines.splice(r.int(0, d.lines.length), r.pick([1, 1, 2, 3, 5, 10])) },
  duplicateLines: {
    weight: 6,
    apply: (d, r) => {
      const from = r.int(0, Math.max(0, d.lines.length - 1));
      insert(d, r, d.lines.slice(from, from + r.int(1, 8)));
    },
  },
  indent: { weight: 6, apply: (d, r) => repeat(r, 1, 6, () => editLine(d, r, (line) => indentOf(r) + (r.chance(0.5) ? line.trimStart() : line))) },
  unicode: { weight: 8, apply: (d, r) => repeat(r, 1, 4, () => editLine(d, r, (line) => insertAt(line, r, r.pick(ODD_CHARACTERS)))) },
  lineSeparatorInLabel: {
    weight: 2,
    apply: (d, r) => insert(d, r, [`${r.pick(["S:", "**Situation:**", "상황:", "A:"])} ${word(r)}${r.pick(["\u2028", "\u2029", "\u0085"])}${word(r)}`]),
  },
  starLine: { weight: 8, apply: (d, r) => repeat(r, 1, 3, () => insert(d, r, [`${indentOf(r)}${r.pick(STAR_LABELS)} ${r.chance(0.2) ? "" : word(r)}`.trimEnd()])) },
  heading: { weight: 6, apply: (d, r) => insert(d, r, [r.pick(HEADINGS)]) },
  unclosedFence: { weight: 3, apply: (d, r) => insert(d, r, [r.pick(FENCES)]) },
  quote: {
    weight: 5,
    apply: (d, r) => insert(d, r, r.chance(0.4) ? [`${r.pick(["**Action:**", "A:", "**Result:**", "행동:"])} ${word(r) || "x"}`, r.pick(QUOTES)] : [r.pick(QUOTES)]),
  },
  table: { weight: 4, apply: (d, r) => insert(d, r, r.pick(TABLES).split("\n")) },
  html: { weight: 4, apply: (d, r) => repeat(r, 1, 3, () => insert(d, r, [r.pick(HTML)])) },
  nesting: { weight: 4, apply: (d, r) => insert(d, r, nestedList(r, r.chance(0.25) ? r.int(10, 40) : r.int(2, 8))) },
  nestedQuote: { weight: 1, apply: (d, r) => insert(d, r, [`${"> ".repeat(r.int(2, 40))}${word(r)}`]) },
  mediumLine: { weight: 2, apply: (d, r) => insert(d, r, [`${r.pick(["", "A: ", "1. ", "- ", "| "])}${`${word(r)} 재고 release `.repeat(r.int(50, 800))}`]) },
  frontMatter: { weight: 3, apply: (d, r) => replaceFrontMatter(d, frontMatter(r)) },
  lineEnds: { weight: 3, apply: (d, r) => void (d.lineEnd = r.pick(["\r\n", "\r\n", "mixed", "\r"] as const)) },
  splice: {
    weight: 4,
    apply: (d, r) => {
      const donor = r.pick(d.donors);
      const from = r.int(0, Math.max(0, donor.length - 1));
      insert(d, r, donor.slice(from, from + r.int(1, 15)));
    },
  },
  caseChange: { weight: 2, apply: (d, r) => editLine(d, r, (line) => (r.chance(0.5) ? line.toLowerCase() : line.toUpperCase())) },
  charNoise: { weight: 6, apply: (d, r) => repeat(r, 1, 4, () => editLine(d, r, (line) => noise(line, r))) },
  blankLines: { weight: 2, apply: (d, r) => insert(d, r, Array.from({ length: r.int(1, 6) }, () => r.pick(["", " ", "\t", "   \t "]))) },
  empty: { weight: 0.3, apply: (d, r) => void d.lines.splice(0, d.lines.length, ...r.pick([[""], [" \t "], ["", "", ""], ["---", "---"]])) },
};

/** Returns a bullet or numbered list nested `depth` levels deep, one item per level. */
export function nestedList(rng: Random, depth: number): string[] {
  const step = rng.pick(["  ", "   ", "    ", "\t"]);
  const fixed = rng.chance(0.5) ? rng.pick(["-", "*", "1.", "+", "1)"]) : null;
  return Array.from({ length: depth }, (_, level) => {
    const marker = fixed ?? rng.pick(["-", "*", "1.", "+", "2)", "- S:", "- **A**:"]);
    return `${step.repeat(level)}${marker} ${word(rng) || "item"} ${level + 1}`;
  });
}

/** Replaces the note's front matter (when it has a closed one) with `block`, or puts `block` first. */
export function replaceFrontMatter(draft: Draft, block: string): void {
  const closing = draft.lines[0]?.trim() === "---" ? draft.lines.indexOf("---", 1) : -1;
  draft.lines.splice(0, closing + 1, ...block.replace(/\n$/, "").split("\n"));
}

function repeat(rng: Random, min: number, max: number, step: () => void): void {
  for (let n = rng.int(min, max); n > 0; n--) step();
}

function editLine(draft: Draft, rng: Random, change: (line: string) => string): void {
  if (draft.lines.length === 0) return;
  const index = rng.int(0, draft.lines.length - 1);
  draft.lines[index] = change(draft.lines[index] ?? "");
}

function insertAt(line: string, rng: Random, piece: string): string {
  const position = rng.int(0, line.length);
  return line.slice(0, position) + piece + line.slice(position);
}

/** Returns the line with a slice cut out, or with markdown punctuation dropped in. */
function noise(line: string, rng: Random): string {
  if (rng.chance(0.4) && line.length > 0) {
    const from = rng.int(0, line.length - 1);
    return line.slice(0, from) + line.slice(from + rng.int(1, 12));
  }
  return insertAt(line, rng, rng.pick(["*", "**", "_", "`", "[", "]", "(", "|", "\\", "<", ">", "#", ":", " - ", "1.", "~~", "!", "&amp;", "&#0;"]));
}
