/**
 * The evidence the reader weighs to decide what a heading, item or line is: the shape of a
 * question, the words of a section heading, story and generic labels. Each test looks at
 * one piece of text; the reader combines them with the scope the text sits in.
 */
import type { NoteLine } from "../notes/lines.js";
import { plainText } from "./markdown.js";

/** How strongly a text reads as a question: `strong` (`?`, `Tell me about…`, `…했나요`), `weak` (`…한 경험`), or not. */
export type Ask = "strong" | "weak" | null;

const STRONG_OPENING = new RegExp(
  "^(?:tell (?:me|us) (?:about|of|how|why|when)|describe|give (?:me |us )?(?:an? |one )?(?:example|time|situation|instance)|walk (?:me|us) through|" +
    "talk (?:me |us )?(?:about|through)|share (?:an? |one )?(?:example|time|story|situation)|how (?:did|do|would|have|could|can|will|were) you|" +
    "what (?:did|would|do|have|was|were|is|are) (?:you|your)|when (?:did|have|were) you|have you(?: ever)?|why (?:did|do|would|should|are|were) you|" +
    "can you|could you|would you|(?:name|recall|think of) a (?:time|situation)|tell (?:me|us) (?:a|an)|explain|discuss|provide an example|" +
    "please (?:describe|tell|share|explain|walk|give))\\b",
  "i",
);
const WEAK_OPENING = /^(?:why|what|how|when|which|who|where|(?:a )?time (?:when|you))\b/i;
const STRONG_ENDING = /(?:나요|까요|는가|은가|인가|던가|니까|있나|없나|했나|였나|었나|겠나|주세요|주십시오|보세요|하시오|해\s*봐)\s*[.!]?$/;
const WEAK_ENDING = /(?:경험|사례|일화|순간|이유|계기|때|적|방법)(?:은|는|이|가|을|를|이란|에\s*대해)?\s*[.!]?$/;

/** Returns how strongly `text` (an item, heading or line) reads as an interview question. */
export function askShape(text: string): Ask {
  const words = questionWords(text);
  if (words === "") return null;
  if (/[?？]$/.test(words) || /^[^.!。]*[?？](?:\s|$)/.test(words)) return "strong";
  if (STRONG_OPENING.test(words) || STRONG_ENDING.test(words)) return "strong";
  if (WEAK_OPENING.test(words) || WEAK_ENDING.test(words)) return "weak";
  return null;
}

/** Returns a question's words: no markup, numbering, surrounding quotes, trailing `(…)` aside or `-> answer`. */
export function questionWords(text: string): string {
  let words = unquote(plainText(text).replace(/^(?:q\d*|질문\s*\d*|\d{1,3})[.:)]\s*/i, ""));
  words = words.replace(/\s*(?:->|→|=>)\s.*$/, "").replace(/\s*(?:->|→|=>)\s*$/, "");
  words = words.replace(/\s*[(（][^()（）]*[)）]\s*$/, "").replace(/\s*!+$/, "");
  return unquote(words.trim());
}

/** Returns `text` without one pair of surrounding quotes. */
export function unquote(text: string): string {
  const match = /^["“'‘「『](.+)["”'’」』]$/.exec(text.trim());
  return match?.[1]?.trim() ?? text.trim();
}

/** What a heading says its section holds; `notes` for a heading about questions rather than of them. */
export type SectionWords = "questions" | "principles" | "stories" | "notes" | "other";

const SECTION_WORDS: [SectionWords, RegExp][] = [
  // A heading about questions (their kinds, how to answer) holds notes, not questions.
  // So do tips and reminders: their items are advice even when they end in a question mark.
  ["notes", /(?:kinds?|types?|categories|sorts?)\s+of\s+questions?|questions?\s+(?:types?|kinds?|categories)|질문\s*(?:유형|종류)|유형별\s*질문|how (?:i|to) answer|\btips?\b|\badvice\b|do'?s and don'?ts|\breminders?\b|면접\s*팁|\b팁\b|유의\s*사항|주의\s*사항|조언|마음가짐/i],
  ["questions", /(예상\s*질문|질문|문항|questions?|q\s*&\s*a|faq|interview prompts?)/i],
  ["principles", /(^lps?$|^lp\b|리더십|원칙|leadership|principles?|values?|핵심\s*가치)/i],
  ["stories", /(스토리|사례(?!\s*목록)|경험\s*정리|stories|story bank|star stories|episodes?|에피소드)/i],
];

/** Returns what a heading's words say its section holds. */
export function sectionWords(text: string): SectionWords {
  const words = plainText(text).replace(/[*_`#:：]/g, "").trim();
  for (const [kind, pattern] of SECTION_WORDS) if (pattern.test(words)) return kind;
  return "other";
}

const STORY_PREFIX = /^(?:(?:star\s+)?(?:story|example|episode)|star|스토리|사례|에피소드|예시)\s*\d*\s*[:：.\-–—]\s*(\S.*)$/i;

/** Returns the title after a story label (`Story: X`, `STAR Example: X`, `사례: X`), or null. */
export function storyPrefix(text: string): string | null {
  const match = STORY_PREFIX.exec(plainText(text).replace(/^\d{1,3}[.)]\s+/, ""));
  return match?.[1]?.trim() ?? null;
}

const GENERIC = /^(?:(?:my|sample|example|model|suggested|short|long|the)\s+)?(?:answers?|responses?|story|example)$|^(?:structure|star(?: answer| format)?|example|outline|notes?|key points|talking points|points|답변(?:\s*예시)?|답|모범\s*답안|구조|예시|메모|포인트|요약)$/i;

/** Returns true for a label that names no content of its own (`**Answer**:`, `**My answer (STAR):**`): never a title or a section. */
export function isGenericLabel(text: string): boolean {
  return GENERIC.test(plainText(text).replace(/[:：]\s*$/, "").replace(/\s*[(（][^()（）]*[)）]$/, "").trim());
}

const METHOD = /\bstar\b(?!\s*(?:stor|example|answers|사례|스토리))|\bmethod\b|\bformat\b|framework|template|\blegend\b|how (?:i|to) (?:answer|structure)|답변\s*(?:구조|방법|형식|틀|요령)|작성법|기법|방법론/i;

/** Returns true when a heading's words announce the answering method (`STAR, how I answer`), not stories. */
export function isMethodHeading(text: string): boolean {
  return METHOD.test(plainText(text));
}

/** Returns `ko` when Hangul makes up most of the letters of `text`, `en` when Latin does, or null for neither. */
export function scriptOf(text: string): "ko" | "en" | null {
  let hangul = 0;
  let latin = 0;
  for (const ch of text) {
    if (ch >= "\uac00" && ch <= "\ud7a3") hangul++;
    else if ((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z")) latin++;
  }
  if (hangul === 0 && latin === 0) return null;
  return hangul * 2 >= latin ? "ko" : "en";
}

const AFTER_STORY = /^(?:why (?:it|this) fits|fit|(?:amazon|lp|principle) connection|connection|learn(?:ed|ings?)|lessons?(?: learned)?|takeaways?|reflection|what i learned|배운\s*점|느낀\s*점|교훈|회고|연결\s*lp|관련성)$/i;

/** Returns true for a line that starts with a label of its own: a bold label, or one that follows a story (`Learned:`). */
export function endsPart(line: NoteLine): boolean {
  if (line.kind !== "text" || !line.label) return false;
  return line.label.bold || AFTER_STORY.test(line.label.words);
}

/** Returns true for a label that follows a story: why it fits, or what was learned. */
export function afterStoryLabel(words: string): "fit" | "lesson" | null {
  if (!AFTER_STORY.test(words)) return null;
  return /fit|connection|관련성|연결/i.test(words) ? "fit" : "lesson";
}
