/**
 * Speaking time of text: Korean is timed by syllables, English by words, each at its own
 * rate, so mixed text is timed by both. Numbers, `%` and Latin words inside a Korean line
 * are counted the way a Korean speaker says them (212건 → 이백십이 건, CS → 씨에스).
 */
import { englishNumberWords, koreanNumberSyllables, koreanSyllablesOfLatin } from "./numbers.js";
import { plainText } from "./word-match.js";

/** What a text takes to say: Korean syllables and English words. */
export interface SpokenSize {
  syllables: number;
  words: number;
}

/** Speaking rates: English words and Korean syllables a minute. */
export interface SpeakingRates {
  wordsPerMinute: number;
  syllablesPerMinute: number;
}

/** Hangul runs, Latin words (one with its hyphens and apostrophes), numbers (1,200 and 2.5 are one), `%`. */
const TOKEN = /[\uac00-\ud7a3]+|[A-Za-z]+(?:['’-][A-Za-z]+)*|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|%/gu;

/** Returns the Korean syllables and English words it takes to say `markdown` aloud. */
export function spokenSize(markdown: string): SpokenSize {
  const size = { syllables: 0, words: 0 };
  for (const line of plainText(markdown).split("\n")) {
    const tokens = line.match(TOKEN) ?? [];
    const hangul = tokens.filter(isHangul).length;
    // A line is said in Korean when it has at least as many Korean words as Latin ones.
    const korean = hangul > 0 && hangul >= tokens.filter(isLatin).length;
    for (const token of tokens) {
      if (isHangul(token)) size.syllables += token.length;
      else if (korean) size.syllables += koreanSyllables(token);
      else size.words += englishWords(token);
    }
  }
  return size;
}

/** Returns the seconds it takes to say `markdown` at `rates`, rounded to a whole second. */
export function speakingSeconds(markdown: string, rates: SpeakingRates): number {
  return secondsOf(spokenSize(markdown), rates);
}

/** Returns the seconds a spoken size takes at `rates`, rounded to a whole second. */
export function secondsOf(size: SpokenSize, rates: SpeakingRates): number {
  return Math.round((size.syllables / rates.syllablesPerMinute + size.words / rates.wordsPerMinute) * 60);
}

function koreanSyllables(token: string): number {
  if (token === "%") return 3; // 퍼센트
  if (/^\d/.test(token)) return numberParts(token).reduce((sum, part) => sum + koreanNumberSyllables(part), 0) + pointCount(token);
  return koreanSyllablesOfLatin(token);
}

function englishWords(token: string): number {
  if (token === "%") return 1; // percent
  if (/^\d/.test(token)) return numberParts(token).reduce((sum, part) => sum + englishNumberWords(part), 0) + pointCount(token);
  return 1;
}

/** Returns the numbers said one after another: 1,200 is one; 2.35 is 2, then 3 and 5 digit by digit. */
function numberParts(token: string): string[] {
  const [whole = "", fraction = ""] = token.replace(/,/g, "").split(".");
  return [whole, ...fraction];
}

/** Returns 1 for the "point" of a decimal number, else 0. */
function pointCount(token: string): number {
  return token.includes(".") ? 1 : 0;
}

function isHangul(token: string): boolean {
  return /^[\uac00-\ud7a3]/.test(token);
}

function isLatin(token: string): boolean {
  return /^[A-Za-z]/.test(token);
}
