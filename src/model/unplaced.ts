/**
 * Checks, independently of how the reader placed them, that the words of every
 * non-blank source line are somewhere in the model. A line that is not is reported.
 * Most lines are found whole among the model's lines (a set lookup); only the rest are
 * looked for inside the model's text, so the check stays fast on large notes.
 */
import type { NoteLine } from "../notes/lines.js";
import { storyPrefix, unquote } from "./evidence.js";
import { afterStoryLabel } from "./evidence.js";
import type { Model } from "./types.js";

/** Returns the non-blank lines whose words are nowhere in the model. */
export function unplacedLines(lines: readonly NoteLine[], model: Model): NoteLine[] {
  const strings = collectStrings(model);
  const whole = new Set<string>();
  for (const text of strings) {
    whole.add(squash(text));
    for (const line of text.split("\n")) {
      whole.add(squash(line));
      whole.add(squash(withoutMarker(line)));
    }
  }
  // Tags are matched within a line only, as each line is checked on its own.
  let haystack: string | null = null;
  const found = (word: string): boolean => whole.has(word) || (haystack ??= squash(strings.join("\n"))).includes(word);
  return lines.filter((line) => line.kind !== "blank" && !wordsOf(line).every(found));
}

/** Returns the words of a line that must be found: without markers, labels and markup. */
function wordsOf(line: NoteLine): string[] {
  // A table cell may hold a list of principles, like a tag line: each name is looked for on its own.
  const tags = line.kind === "tags" ? line.text : line.tags;
  // A table row read as a STAR part joins its cells with " / ": each cell is looked for on its own.
  const cells = line.raw.trimStart().startsWith("|") ? (line.kind === "table" ? line.text.split("|") : ownWords(line).split(" / ")) : undefined;
  const pieces = cells ? cells.flatMap((cell) => cell.split(/[,，、;]/)) : tags !== undefined ? tags.split(/[,，、/;]/) : ownWords(line).split(ANSWER_MARK);
  return pieces.map(squash).filter((p) => p !== "");
}

/** `Why us? A. scale`: the `A.` between a question and its answer is a mark. */
const ANSWER_MARK = /(?<=[?？])\s*(?:A[.:)]|답[.:)])\s/;

/** A story heading's label and number are marks (the title is kept without them); a quote's marks too. */
function ownWords(line: NoteLine): string {
  // `Why it fits:` and `**Principle**: "…"` are labels: the model keeps the words after them.
  const label = line.label;
  if (line.kind === "text" && label && (afterStoryLabel(label.words) || /^["“'‘「『]/.test(label.rest))) return unquote(label.rest);
  if (line.kind === "heading" || line.kind === "bold" || line.kind === "item" || line.fenced === "title") {
    const text = line.text.replace(/^[*_]+|[*_]+$/g, "").replace(/^\d{1,3}[.)]\s*/, "");
    return unquote((storyPrefix(text) ?? text).replace(/^\d{1,3}[.)]\s*/, ""));
  }
  return line.text;
}

/** Returns a line of markdown without its list marker (`1)`, `-`, `- [ ]`). */
function withoutMarker(line: string): string {
  return line.replace(/^\s*(?:[-*+•◦▪‣·]|--|\d{1,4}[.)]|Q\d{0,3}[:.)])\s*(?:\[[ xX]\]\s*)?/, "");
}

/** Returns text without white space, markdown punctuation and arrows (separators, not words), so re-wrapping does not matter. */
function squash(text: string): string {
  return text.replace(/<\/?[a-z][^<>\n]*>/gi, "").replace(/!(?=\[)/g, "").replace(/[\s*_`~#>|[\]()\\:：=→⇒–—-]+/g, "");
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === "object") for (const item of Object.values(value)) collectStrings(item, out);
  return out;
}
