/** Shortening for summaries: at a clause or word boundary, never inside a word, marked with "…". */
import { plainText } from "./markdown-text.js";
import { firstSentence, sentenceEnds } from "./sentences.js";
import { append } from "../arrays.js";

/** Returns the length of `text` in characters (code points, so a Hangul syllable or an emoji counts once). */
export function size(text: string): number {
  return Array.from(text).length;
}

// Spans that a cut must not open: markdown emphasis, code and links, brackets and quotes.
const UNBREAKABLE = /\*\*[^*\n]+?\*\*|__[^_\n]+?__|`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)|\([^()\n]*\)|（[^（）\n]*）|"[^"\n]*"|“[^”\n]*”/gu;
// Where a clause ends; the cut goes at the captured position (before the mark).
const CLAUSE_MARKS = /(?=[,;:，、；]\s)|(?<=\S)(?=\s+[—–-]\s)|(?=—)|(?<=\s)(?=[(（])/gu;
// Korean connective endings: 하고, 하며, 해서, 하면서, 하지만, 했는데, 하니까.
const KOREAN_CONNECTIVE = /(?<=\p{Script=Hangul}(?:고|며|서|지만|는데|니까))(?=\s)/gu;
// What is left at the end of a kept part before the "…": spaces, clause marks and a full stop.
const DANGLING = /[\s,;:，、；—–\-(（.。]+$/u;

function positions(text: string, pattern: RegExp): number[] {
  return [...text.matchAll(pattern)].map((match) => match.index);
}

/** Returns the offsets at which `text` may be cut after a clause: clause marks, Korean connectives, sentence and line ends. */
function clauseCuts(text: string): number[] {
  const cuts = [...positions(text, CLAUSE_MARKS), ...positions(text, KOREAN_CONNECTIVE)];
  let offset = 0;
  for (const line of text.split("\n")) {
    append(cuts, sentenceEnds(line).map((end) => offset + end)).push(offset + line.length);
    offset += line.length + 1;
  }
  return cuts.filter((cut) => cut > 0 && cut < text.length).sort((a, b) => a - b);
}

/** Returns the offsets at which `text` may be cut between words. */
function wordCuts(text: string): number[] {
  return positions(text, /(?<=\S)\s/gu);
}

/** Returns `cuts` without those that fall inside a bold span, a link, brackets or quotes. */
function outsideSpans(text: string, cuts: number[]): number[] {
  const spans = [...text.matchAll(UNBREAKABLE)].map((match) => [match.index, match.index + match[0].length] as const);
  return cuts.filter((cut) => !spans.some(([start, end]) => start < cut && cut < end));
}

/** Returns the text before `cut` without the marks that would dangle before an "…". */
function kept(text: string, cut: number): string {
  return text.slice(0, cut).replace(DANGLING, "");
}

/** Returns the last cut whose kept text, plus "…", fits in `max` characters and keeps at least `least`. */
function lastFitting(text: string, cuts: number[], max: number, least: number): number | undefined {
  const fitting = cuts.filter((cut) => {
    const length = size(kept(text, cut));
    return length > 0 && length >= least && length + 1 <= max;
  });
  return fitting.at(-1);
}

function firstWord(text: string): string {
  const word = /^\S+/u.exec(text)?.[0] ?? text;
  return word === text ? text : `${word.replace(DANGLING, "")}…`;
}

/**
 * Returns `text` trimmed and, when longer than `max` characters, shortened: at the last clause boundary that
 * keeps at least half of `max`, else at the last word boundary, then "…". A first word longer than `max` is kept whole.
 */
export function shorten(text: string, max: number): string {
  const whole = text.trim();
  if (size(whole) <= max) return whole;
  // Only the opening of a long text can hold the kept part; the margin covers marks trimmed before the "…".
  const limit = Array.from(whole).slice(0, max + 64).join("").length;
  const near = (cuts: number[]): number[] => cuts.filter((cut) => cut <= limit);
  const words = near(wordCuts(whole));
  const cut =
    lastFitting(whole, outsideSpans(whole, near(clauseCuts(whole))), max, Math.ceil(max / 2)) ??
    lastFitting(whole, outsideSpans(whole, words), max, 0) ??
    lastFitting(whole, words, max, 0) ??
    words[0];
  if (cut === undefined) return firstWord(whole); // one word, longer than `max`: kept whole
  const part = kept(whole, cut);
  return part.endsWith("…") ? part : `${part}…`;
}

/** Returns the gist of markdown for a one-line summary: its first sentence as plain text, shortened at a clause or word, with no mark. */
export function gist(markdown: string, max: number): string {
  const shortened = shorten(firstSentence(plainText(markdown)), max);
  return shortened.endsWith("…") ? shortened.slice(0, -1) : shortened;
}
