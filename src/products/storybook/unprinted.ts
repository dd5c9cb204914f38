/**
 * The story book's promise: every line of the notes is on paper. Whatever the templates did not
 * print (a label written in the writer's own words, a heading the reader took as structure) is
 * found here, by the words of each source line, and printed as written in a last section.
 */

/** A source line whose words are not in the book, as written. */
export interface UnprintedLine {
  file: string;
  line: number;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Labels that name a part rather than say something: `S:`, `**Situation:**`, `LP:`, `원칙:`, a list number. */
const LABEL = /^[\s>*_#\-+\d.)]*\**(?:S|T|A|R|Situation|Task|Actions?|Results?|상황|과제|행동|결과|LP|LPs|Principles?|Tags|원칙|Q|질문)\**\s*(?:[:：-]|$)/i;

/** Returns the source lines (front matter left out) with a word that is not in `printed`. */
export function unprintedLines(sources: readonly { path: string; text: string }[], printed: string): UnprintedLine[] {
  const lower = printed.toLowerCase();
  const haystack = lower.replace(/\s+/g, "");
  // A word printed as a word, or as the start of one (a Korean particle after it), is in the text for certain;
  // only other words need the (slow) search of all of it, once each.
  const printedWords = new Set(lower.match(WORD));
  const sorted = [...printedWords].sort();
  const searched = new Map<string, boolean>();
  const isPrinted = (word: string): boolean => {
    if (printedWords.has(word) || startsAPrintedWord(sorted, word)) return true;
    let found = searched.get(word);
    if (found === undefined) {
      found = haystack.includes(word);
      searched.set(word, found);
    }
    return found;
  };
  const out: UnprintedLine[] = [];
  for (const source of sources) {
    source.text.split("\n").forEach((raw, index) => {
      const text = raw.replace(LABEL, "").replace(/<[^>]+>/g, " ").replace(/\]\([^)]*\)/g, "]");
      const words = text.match(WORD) ?? [];
      if (words.some((word) => !isPrinted(word.toLowerCase()))) out.push({ file: source.path, line: index + 1, text: raw.trim() });
    });
  }
  return out;
}

/** True when some word of `sorted` (in code unit order) starts with `word`. */
function startsAPrintedWord(sorted: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < word) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo]?.startsWith(word) ?? false;
}
