/**
 * The label words a line can start with: STAR labels (`S:`, `Situation:`, `상황:` and the
 * other words people use for the parts) and the generic `Label: text` shape. The lexer
 * only records what a line starts with; what the label means is decided later.
 */
import type { StarPart } from "../model/types.js";

/** Labels that name a STAR part directly. */
const STAR_WORDS: Record<string, StarPart> = {
  s: "situation", situation: "situation", 상황: "situation",
  t: "task", task: "task", 과제: "task",
  a: "action", action: "action", actions: "action", 행동: "action",
  r: "result", result: "result", results: "result", 결과: "result",
};

/**
 * Other words for the parts. They count as STAR labels only where at least two parts are
 * labelled (`Problem:` alone is an ordinary line).
 */
const STAR_SYNONYMS: Record<string, StarPart> = {
  background: "situation", context: "situation", 배경: "situation",
  challenge: "task", problem: "task", goal: "task", 문제: "task", 목표: "task",
  activity: "action", activities: "action", approach: "action", "what i did": "action", solution: "action", 해결: "action",
  outcome: "result", impact: "result", 성과: "result",
};

const words = [...Object.keys(STAR_WORDS), ...Object.keys(STAR_SYNONYMS)].sort((a, b) => b.length - a.length);
const LABEL = `(${words.map((w) => w.replace(/ /g, "\\s+")).join("|")})`;

/**
 * A STAR label at the start of a line, then its text. A label may follow a quote mark, a
 * bullet, a number (`1) 상황 - …`) or an emoji (`📌 Situation:`), carry a gloss (`Situation (상황):`, `상황(S):`), and ends with a
 * colon or with a dash between spaces (`S - 상황`).
 */
export const STAR_LINE = new RegExp(
  `^(?:>\\s*)*(?:(?:[-*+]|\\d{1,2}[.)])\\s+)?(?:[\\p{Extended_Pictographic}\\u2600-\\u27bf][\\ufe0f\\u200d]*\\s*)?(?:\\*\\*|__)?\\s*${LABEL}(?:\\s*[(（][^)）\\n]{1,20}[)）])?\\s*(?:\\*\\*|__)?` +
    `(?:\\s*[:：]|\\s+[-–—](?=\\s|$))\\s*(?:\\*\\*|__)?(?:\\s+|$)(.*)$`,
  "isu",
);

/** The STAR part a label names, and how it names it. */
export interface StarLabel {
  part: StarPart;
  /** A single letter (`S:`), not a word. */
  letter: boolean;
  /** One of the other words for a part (`Background:`), not `Situation:`/`상황:`. */
  synonym: boolean;
}

/** Returns the STAR part a label word names, or undefined. */
export function starLabel(label: string): StarLabel | undefined {
  const key = label.toLowerCase().replace(/\s+/g, " ").trim();
  const direct = STAR_WORDS[key];
  if (direct) return { part: direct, letter: key.length === 1, synonym: false };
  const other = STAR_SYNONYMS[key];
  return other ? { part: other, letter: false, synonym: true } : undefined;
}

/** Returns the STAR part named by words standing alone (`## Situation`, `**Result:**`); letters alone do not count. */
export function starAlone(text: string): StarLabel | undefined {
  const bare = text.replace(/^(\*\*|__)(.*)\1$/, "$2").replace(/[:：]\s*$/, "").trim();
  if (bare.length <= 1) return undefined;
  return starLabel(bare);
}

/** `**Label**: text`, `**Label:** text` or `Label: text`, with a short label. */
const BOLD_LABEL = /^(?:\*\*|__)([^*_:：]{1,40}?)\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])\s*(.*)$/s;
const PLAIN_LABEL = /^([^*_:：|`<>[\]]{1,40}?)\s*[:：]\s*(.*)$/s;

/** The label a line of prose starts with. */
export interface LabelFact {
  /** The label's words, without markup. */
  label: string;
  /** The text after the colon ("" for a label standing alone). */
  rest: string;
  bold: boolean;
}

/** Returns the label a line of prose starts with (up to five words before a colon), or undefined. */
export function labelOf(text: string): LabelFact | undefined {
  if (!text.includes(":") && !text.includes("：")) return undefined;
  const bold = BOLD_LABEL.exec(text);
  const match = bold ?? PLAIN_LABEL.exec(text);
  if (!match) return undefined;
  const label = (match[1] ?? "").trim();
  const rest = (match[2] ?? "").replace(/^(?:\*\*|__)\s*/, "").trim();
  if (label === "" || label.split(/\s+/).length > 5 || rest.startsWith("//")) return undefined;
  return { label, rest, bold: bold !== null };
}

const INLINE_LABEL = /(?:^|[\s/|·,;.>])\s*(?:\*\*|__)?(S|T|A|R|Situation|Task|Actions?|Results?|상황|과제|행동|결과)(?:\*\*|__)?\s*[:：]\s*/giu;
const ORDER: Record<StarPart, number> = { situation: 0, task: 1, action: 2, result: 3 };

/** One part of a STAR story written on one line (`S: … / T: … / A: … / R: …`). */
export interface InlinePart {
  part: StarPart;
  letter: boolean;
  text: string;
}

/**
 * Returns the parts of a line that labels three parts or more in STAR order after its own
 * label (`first`), or null: a line that merely contains `A:` somewhere is not split.
 */
export function splitInline(first: StarPart, text: string): InlinePart[] | null {
  if (!/[:：]/.test(text)) return null;
  const found: { part: StarPart; letter: boolean; start: number; end: number }[] = [];
  for (const match of text.matchAll(INLINE_LABEL)) {
    const label = starLabel(match[1] ?? "");
    if (!label) continue;
    const last = found[found.length - 1]?.part ?? first;
    if (ORDER[label.part] <= ORDER[last]) return null;
    found.push({ part: label.part, letter: label.letter, start: match.index, end: match.index + match[0].length });
  }
  if (found.length < 2) return null;
  const parts: InlinePart[] = [{ part: first, letter: false, text: text.slice(0, found[0]?.start).trim() }];
  found.forEach((f, i) => parts.push({ part: f.part, letter: f.letter, text: text.slice(f.end, found[i + 1]?.start ?? text.length).trim() }));
  return parts.map((p) => ({ ...p, text: p.text.replace(/\s*(?:[/|·,;]|<br\s*\/?>?)$/i, "").trim() }));
}
