/**
 * Checks, independently of how the reader placed them, that the words of every
 * non-blank source line are somewhere in the model. A line that is not is reported.
 */
import type { NoteLine } from "../notes/lines.js";
import type { Model } from "./types.js";

/** Returns the non-blank lines whose words are nowhere in the model. */
export function unplacedLines(lines: readonly NoteLine[], model: Model): NoteLine[] {
  // Tags are matched within a line only, as each line is checked on its own.
  const haystack = squash(collectStrings(model).join("\n"));
  return lines.filter((line) => line.kind !== "blank" && !wordsOf(line).every((w) => haystack.includes(w)));
}

/** Returns the words of a line that must be found: without markers, labels and markup. */
function wordsOf(line: NoteLine): string[] {
  // A story heading's label and number are marks: the title is kept without them.
  const text = line.kind === "heading" || line.kind === "bold" || line.kind === "item" ? line.text.replace(/^(?:(?:story|스토리|사례|에피소드|episode)\s*\d*\s*[:：.\-–—]|\d{1,3}[.)])\s*/i, "") : line.text;
  const pieces = line.kind === "table" ? text.split("|") : line.kind === "tags" ? text.split(/[,，、/;]/) : [text];
  return pieces.map(squash).filter((p) => p !== "");
}

/** Returns text without white space, markdown punctuation and arrows (separators, not words), so re-wrapping does not matter. */
function squash(text: string): string {
  return text.replace(/<\/?[a-z][^>\n]*>/gi, "").replace(/[\s*_`~#>|[\]()\\:=→⇒–—-]+/g, "");
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out);
  else if (value && typeof value === "object") for (const item of Object.values(value)) collectStrings(item, out);
  return out;
}
