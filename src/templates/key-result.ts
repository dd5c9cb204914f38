/** The key result of a STAR result: the phrase that carries its number, for a one-line summary. */
import { figuresIn, isLoneFigure, saysBefore, saysDirection, saysZero, type Figure } from "./figures.js";
import { boldParts, plainText } from "./markdown-text.js";
import { splitSentences } from "./sentences.js";
import { shorten, size } from "./shorten.js";

const QUALIFIER = String.raw`(?:(?:about|around|roughly|nearly|over|under|below|just)\s+|~\s*)?`;
/** How two neighbouring figures read as a change: what lies between them (and before or after), and which comes first. */
interface ChangeShape {
  between: RegExp;
  before?: RegExp;
  after?: RegExp;
  /** The after-value is written first: "2.4s, down from 6.1s". */
  swap?: boolean;
  /** Both need a unit: "81% to 99%" is a change, "2 to 3 weeks" a range. */
  units?: boolean;
}
const CHANGES: readonly ChangeShape[] = [
  { between: /^\s*(?:→|->|=>|⇒|⟶|➔|➜|➡)\s*$/u },
  { between: new RegExp(String.raw`^\s+to\s+${QUALIFIER}$`, "iu"), before: new RegExp(String.raw`\bfrom\s+${QUALIFIER}$`, "iu") },
  { between: /^\s?에서\s+(?:평균\s+|약\s+|최대\s+)?$/u, after: /^(\s?(?:이하|미만|이상|초과|수준|정도|안팎))?\s?(?:으로|로|까지)/u },
  { between: /^(?:\s*,\s*|\s+)(?:down|up)\s+from\s+$/iu, swap: true },
  { between: /^\s*\(\s*(?:(?:down|up)\s+)?from\s+$/iu, after: /^\s*\)/u, swap: true },
  { between: /^\s+to\s+$/iu, units: true },
];
// "6개월간 장애 0건": the period goes after the count, "장애 0건 (6개월)".
const KO_PERIOD = /(?:^|\s)(\d+\s?(?:개월|년|주|일|달|분기|시간))\s?(?:간|동안|내내)\s+(.+)$/u;
const METRIC_BEFORE = /(?:^|\s)([pP]\d{2,3}(?:\.\d+)?)\s*$/u;
// Clause boundaries at the top level of a sentence (not inside brackets or quotes). A colon is not one:
// "p95 latency: 300ms" is a label and its value.
const CLAUSE_BREAK = /^(?:[,;，、；]\s|\s[—–-]\s|—)/u;
const KEEPS_TOGETHER = /^,\s*(?:down|up)\s+from\b/iu;
const OPENERS = new Set(["(", "[", "“", "「", "（"]);
const CLOSERS = new Set([")", "]", "”", "」", "）"]);

/** A key result is looked for in a result's first this many characters: a summary line needs no more, and a huge result costs no more. */
const SEARCHED = 10_000;

/** A candidate key result and how strongly it reports an outcome: 3 a change or zero, 2 a figure with a unit, 1 a number, 0 none. */
interface Candidate {
  phrase: string;
  level: number;
}

/** Returns the clauses of one sentence, split at `,` `;` and dashes outside brackets and quotes. */
function clausesOf(sentence: string): string[] {
  const spans: [number, number][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i] ?? "";
    if (OPENERS.has(ch)) depth++;
    else if (CLOSERS.has(ch)) depth = Math.max(0, depth - 1);
    const rest = sentence.slice(i);
    const mark = depth === 0 && !KEEPS_TOGETHER.test(rest) ? CLAUSE_BREAK.exec(rest)?.[0] : undefined;
    if (mark !== undefined) {
      spans.push([start, i]);
      start = i + mark.length;
      i = start - 1;
    }
  }
  spans.push([start, sentence.length]);
  const tidy = (from: number, to: number): string =>
    sentence.slice(from, to).replace(/^\s*(?:[—–-](?=\s)|—)?\s*/u, "").replace(/[\s.。,;:]+$/u, "");
  // "Monthly cost: -38%": a figure alone stays with the clause before it, which says what it measures.
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const previous = merged.at(-1);
    if (previous !== undefined && isLoneFigure(tidy(from, to))) previous[1] = to;
    else merged.push([from, to]);
  }
  return merged.map(([from, to]) => tidy(from, to)).filter((clause) => clause !== "");
}

/** Returns "before → after" when two neighbouring figures of `clause` state a change, else undefined. */
function beforeAfter(clause: string, figures: Figure[]): string | undefined {
  for (let i = 0; i + 1 < figures.length; i++) {
    const [a, b] = [figures[i], figures[i + 1]];
    if (a === undefined || b === undefined) continue;
    const between = clause.slice(a.end, b.start);
    for (const shape of CHANGES) {
      if (!shape.between.test(between) || (shape.units && (a.kind !== "unit" || b.kind !== "unit"))) continue;
      if (shape.before !== undefined && !shape.before.test(clause.slice(0, a.start))) continue;
      const after = shape.after?.exec(clause.slice(b.end)); // undefined: no condition; null: not met
      if (after === null) continue;
      const [from, to] = shape.swap ? [b, a] : [a, b];
      const metric = METRIC_BEFORE.exec(clause.slice(0, Math.min(a.start, b.start)))?.[1];
      const bound = after?.[1]?.trim();
      return [metric, from.text, "→", to.text, bound].filter((part) => part !== undefined && part !== "").join(" ");
    }
  }
  return undefined;
}

/** Returns the words of `clause` around `figure` in about `max` characters, "…" where words were left out. */
function around(clause: string, figure: Pick<Figure, "start" | "end">, max: number): string {
  const words = [...clause.matchAll(/\S+/gu)].map((m) => ({ text: m[0], end: m.index + m[0].length }));
  const first = Math.max(0, words.findIndex((w) => w.end > figure.start));
  let last = Math.max(first, words.findIndex((w) => w.end >= figure.end));
  // The word after the figure often says what happened to it: "38% 절감", "3x faster".
  if (saysDirection(words[last + 1]?.text ?? "")) last++;
  const text = (from: number, to: number): string => words.slice(from, to + 1).map((w) => w.text).join(" ");
  const more = last < words.length - 1 ? "…" : "";
  // The clause from its start to the figure: "Support tickets about refunds fell by 45%…".
  if (size(text(0, last) + more) <= max) return text(0, last) + more;
  // Its opening words, then the words just before the figure: "We reduced the average time … by 45%…".
  const tailFrom = Math.max(1, first - 1);
  const tail = text(tailFrom, last);
  let head = -1;
  while (head + 1 < tailFrom && size(`${text(0, head + 1)} … ${tail}${more}`) <= max) head++;
  if (head >= 1) return `${text(0, head)} … ${tail}${more}`;
  // Never the figure alone: at least the word before it comes along, even past `max`.
  let from = Math.max(0, first - (last === first ? 1 : 0));
  while (from > 0 && size(`…${text(from - 1, last)}${more}`) <= max) from--;
  return `${from > 0 ? "…" : ""}${text(from, last)}${more}`;
}

/** Returns the part of `clause` that holds `at`, cut at "and", "but", "while" or a Korean connective ending. */
function subClause(clause: string, at: number): { text: string; offset: number } {
  const cuts = [0, ...[...clause.matchAll(/\s(?=(?:and|but|while|which|so|then|because|until|whereas)\s)|(?<=\p{Script=Hangul}(?:고|며|서|지만|는데|니까))\s/giu)].map((m) => m.index), clause.length];
  const index = Math.max(0, cuts.findIndex((cut) => cut > at) - 1);
  const start = cuts[index] ?? 0;
  const raw = clause.slice(start, cuts[index + 1] ?? clause.length);
  const lead = /^\s*(?:(?:and|but|while|which|so|then|because|until|whereas)\s+)?/iu.exec(raw)?.[0].length ?? 0;
  return { text: raw.slice(lead).trimEnd(), offset: start + lead };
}

/** Returns the phrase of `clause` around `figure` (or its start) in at most about `max` characters. */
function phraseOf(clause: string, figure: Pick<Figure, "start" | "end"> | undefined, max: number): string {
  if (size(clause) <= max) return clause;
  const at = figure ?? { start: 0, end: 0 };
  const part = subClause(clause, at.start);
  if (size(part.text) <= max) return part.text;
  if (figure === undefined) return shorten(part.text, max);
  return around(part.text, { start: Math.max(0, at.start - part.offset), end: Math.max(0, at.end - part.offset) }, max);
}

/** Returns the figure `focus` (a bold figure), or the first figure with a unit, or the first figure of `figures`. */
function pick(clause: string, figures: Figure[], focus: string | undefined): Pick<Figure, "start" | "end"> | undefined {
  const index = focus === undefined ? -1 : clause.indexOf(focus);
  if (focus !== undefined && index >= 0) return { start: index, end: index + focus.length };
  return figures.find((f) => f.kind === "unit") ?? figures[0];
}

/** Returns the candidate key result of one clause. */
function judge(clause: string, focus: string | undefined, max: number): Candidate {
  const figures = figuresIn(clause);
  const change = beforeAfter(clause, figures);
  if (change !== undefined) return { phrase: change, level: 3 };
  const period = KO_PERIOD.exec(clause);
  if (period?.[1] !== undefined && period[2] !== undefined && figuresIn(period[2]).length > 0) {
    const rest = period[2];
    return { phrase: `${phraseOf(rest, pick(rest, figuresIn(rest), focus), max - size(period[1]) - 3)} (${period[1]})`, level: 3 };
  }
  const moved = figures.length > 0 && (saysDirection(clause) || figures.some((f) => f.signed || f.zero));
  let level = moved || saysZero(clause) ? 3 : figures.some((f) => f.kind === "unit") ? 2 : figures.length > 0 ? 1 : 0;
  if (level === 2 && saysBefore(clause)) level = 1; // "1.2s before": a before-value, not the result
  return { phrase: phraseOf(clause, pick(clause, figures, focus), max), level };
}

/**
 * Returns the key result of a markdown `result` in about `max` characters, as plain text: a bold part wins;
 * otherwise the first clause with the strongest figure, as "before → after", "count (period)" or the clause itself;
 * with no figure, the first sentence (or its first clause); "" for an empty result. Only the result's first
 * 10,000 characters are searched.
 */
export function keyResult(result: string, max = 50): string {
  const bold = boldParts(result);
  const phrase = bold.find((part) => figuresIn(part).length > 0) ?? bold[0];
  if (phrase !== undefined && !isLoneFigure(phrase)) return shorten(phrase, max);
  const sentences = splitSentences(plainText(result).slice(0, SEARCHED));
  const clauses = sentences.flatMap(clausesOf);
  const focus = phrase !== undefined && clauses.some((c) => c.includes(phrase)) ? phrase : undefined;
  let best: Candidate | undefined;
  for (const clause of clauses) {
    if (focus !== undefined && !clause.includes(focus)) continue;
    const candidate = judge(clause, focus, max);
    if (best === undefined || candidate.level > best.level) best = candidate;
  }
  if (best === undefined) return "";
  // No figure anywhere: the first sentence when it fits, else its first clause.
  const opening = (sentences[0] ?? "").replace(/[\s.。]+$/u, "");
  return best.level === 0 && size(opening) <= max ? opening : best.phrase;
}
