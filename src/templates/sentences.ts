/** Where sentences end in notes written in English and Korean: abbreviations, initials, numbers and quotes aside. */

// A full stop after these never ends a sentence: a name, a number or an example follows.
const NEVER_ENDS = new Set(["mr", "mrs", "ms", "dr", "prof", "vs", "e.g", "i.e", "eg", "ie", "cf", "viz", "approx"]);
// These end a sentence only when the next word starts with a capital letter ("at 6 a.m. The team…").
const ENDS_BEFORE_CAPITAL = new Set(["a.m", "p.m", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "st", "al", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
// These take a number: "No. 3", "p. 12", "vol. 2".
const BEFORE_NUMBER = new Set(["no", "nos", "vol", "p", "pp", "fig", "ch", "sec", "ver", "ca"]);

const TERMINAL = new Set([".", "!", "?", "。", "！", "？"]);
// Marks that end a sentence with no space after them.
const WIDE_TERMINAL = new Set(["。", "！", "？"]);
// Korean sentence endings (다. 요. 음. 함. …) end a sentence even when the writer left out the space after.
const KOREAN_ENDING = /[다요음함임됨죠까네짐봄옴었았했]$/u;
const PAIRS: Readonly<Record<string, string>> = { "(": ")", "[": "]", "{": "}", "“": "”", "«": "»", "「": "」", "『": "』", "〈": "〉", "《": "》", "（": "）" };

/** Returns the word before position `dot`: letters, digits and dots back to a space or an opening mark. */
function wordBefore(line: string, dot: number): string {
  const head = line.slice(0, dot);
  const match = /[^\s(["“'‘«「『〈《（]*$/u.exec(head);
  return match ? match[0] : "";
}

/** Returns the first character after `from` that is not a space, a closing mark or a quote, or "". */
function nextStart(line: string, from: number): string {
  const match = /^[\s"'”’)\]}»」』〉》）]*(\S)?/u.exec(line.slice(from));
  return match?.[1] ?? "";
}

/** Returns whether the lone `.` at `dot`, followed by a space or the line's end, closes a sentence. */
function fullStopEnds(line: string, dot: number): boolean {
  const word = wordBefore(line, dot);
  const lower = word.toLowerCase();
  const next = nextStart(line, dot + 1);
  if (next === "") return true;
  if (NEVER_ENDS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (BEFORE_NUMBER.has(lower) && /[\d#$€£₩¥~]/u.test(next)) return false;
  if (ENDS_BEFORE_CAPITAL.has(lower) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return /\p{Lu}/u.test(next);
  if (/^\d+$/u.test(word)) {
    if (line.slice(0, dot - word.length).trim() === "") return false; // "1. " starts a numbered item
    // "2025. 3. 14." is a Korean date, and its last full stop does not end the sentence either.
    if (/\d/u.test(next) || /\d{2,4}\.\s?\d{1,2}\.\s?$/u.test(line.slice(0, dot - word.length))) return false;
  }
  return true;
}

/** Returns whether the run of terminal marks from `i` to `after` ends a sentence. */
function runEnds(line: string, i: number, after: number): boolean {
  const run = line.slice(i, after);
  const following = line[after] ?? "";
  if ([...run].some((ch) => WIDE_TERMINAL.has(ch))) return true;
  if (following !== "" && !/\s/u.test(following)) {
    // "했다.그리고": a Korean ending followed directly by Hangul; "3.5", "v2.1", "a.m" never end here.
    return /\p{Script=Hangul}/u.test(following) && KOREAN_ENDING.test(line.slice(0, i));
  }
  if (/[!?]/u.test(run)) return true;
  if (run.length > 1) return /\p{Lu}/u.test(nextStart(line, after)); // "..." ends only before a capital
  return fullStopEnds(line, i);
}

/** Returns whether the closing mark at `i` ends a sentence: 'He said "Stop." Then', '(see below.) Next'. */
function closerEnds(line: string, i: number): boolean {
  if (!TERMINAL.has(line[i - 1] ?? "")) return false;
  if (!/^(?:\s|$)/u.test(line.slice(i + 1, i + 2))) return false;
  return !/\p{Ll}/u.test(nextStart(line, i + 1));
}

/** Returns the offsets just after each sentence end in one line; `nested` false ignores quotes and brackets. */
function endsInLine(line: string, nested: boolean): { ends: number[]; open: number } {
  const ends: number[] = [];
  const stack: string[] = [];
  const close = (i: number): void => {
    stack.pop();
    if (stack.length === 0 && closerEnds(line, i)) ends.push(i + 1);
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    const opens = ch === '"' ? '"' : PAIRS[ch];
    if (nested && ch !== "" && stack.at(-1) === ch) close(i); // a straight quote closes when one is open
    else if (nested && opens !== undefined) stack.push(opens);
    else if (TERMINAL.has(ch)) {
      let after = i + 1;
      while (TERMINAL.has(line[after] ?? "")) after++;
      if (stack.length === 0 && runEnds(line, i, after)) ends.push(after);
      i = after - 1;
    }
  }
  return { ends, open: stack.length };
}

/** Returns the offsets just after each sentence end in `line` (one line, no line breaks). */
export function sentenceEnds(line: string): number[] {
  const nested = endsInLine(line, true);
  // An opening mark that never closes (a ":(" smiley, a stray quote) must not swallow the line.
  if (nested.open > 0) return endsInLine(line, false).ends;
  return nested.ends;
}

/** Returns the sentences of `text`, each trimmed: a line break also ends a sentence. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    let start = 0;
    for (const end of [...sentenceEnds(line), line.length]) {
      const sentence = line.slice(start, end).trim();
      if (sentence !== "") sentences.push(sentence);
      start = end;
    }
  }
  return sentences;
}

/** Returns the first sentence of `text`'s first non-empty line, or that whole line when it has no sentence end. */
export function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? "";
}
