/** What the wording rules look for: a measurable result, and "we" against "I" in an action. */
import type { ReadinessSettings, ReadinessWords } from "./settings.js";
import { countWords, plainText } from "./word-match.js";

/**
 * Particles that may follow a counter: 두 번도, 세 명이, 한 달간. Only these, so that a
 * number word before an ordinary word that starts like a counter (한 분석, 두 개발팀)
 * is not a count.
 */
const PARTICLES = ["이", "가", "은", "는", "을", "를", "의", "에", "도", "만", "로", "으로", "과", "와", "씩", "째", "간", "동안", "까지", "부터", "이나", "나", "가량", "정도", "이상", "이하", "미만", "에서", "이면", "쯤"];

/** Returns true when `markdown` states a number or a measurable outcome. */
export function hasMeasure(markdown: string, settings: ReadinessSettings): boolean {
  const text = plainText(markdown);
  if (hasNumber(text)) return true;
  const lists: ReadinessWords[] = [settings.words.en, settings.words.ko];
  return lists.some((words) => countWords(text, words.outcome) > 0 || hasCount(text, words));
}

/** Returns how many times the action in `markdown` says "we" and says "I". */
export function pronouns(markdown: string, settings: ReadinessSettings): { we: number; i: number } {
  const text = plainText(markdown);
  const { en, ko } = settings.words;
  return { we: countWords(text, [...en.we, ...ko.we]), i: countWords(text, [...en.i, ...ko.i]) };
}

/**
 * Returns true when `text` has a figure: a word that starts with a digit (45%, 3x, 212건,
 * 2시간에서). A word that starts with a Latin letter names something (p95, S3, Q3, EC2).
 */
function hasNumber(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.some((word) => /\p{N}/u.test(word) && !/^[A-Za-z]/.test(word));
}

/** Returns true when a number word of `words` stands right before one of its counters. */
function hasCount(text: string, words: ReadinessWords): boolean {
  if (words.numbers.length === 0 || words.counters.length === 0) return false;
  const alternatives = (list: readonly string[]): string => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const after = `(?=$|[^\\uac00-\\ud7a3]|${alternatives(PARTICLES)})`;
  const pattern = new RegExp(`(?<![\\uac00-\\ud7a3\\w])(?:${alternatives(words.numbers)})\\s*(?:${alternatives(words.counters)})${after}`, "u");
  return pattern.test(text);
}
