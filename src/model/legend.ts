/**
 * The STAR legend: the writer's reminder of what each part holds (`* situation - context`,
 * `- **S - Situation**: Describe the context`), which looks like a story and is not one.
 */
import { plainText } from "./markdown.js";
import { isMethodHeading } from "./evidence.js";
import type { StoryDraft } from "./star.js";
import { STAR_PARTS, type StarPart } from "./types.js";

const NAMES: Record<StarPart, RegExp> = {
  situation: /^(?:situation|상황)\b/i,
  task: /^(?:task|과제)\b/i,
  action: /^(?:actions?|행동)\b/i,
  result: /^(?:results?|결과)\b/i,
};

/** Words that say what a part should hold rather than what happened (anywhere in the text, under a method heading). */
const META: Record<StarPart, RegExp> = {
  situation: /context|background|setting|배경|상황 설명|언제|어디/i,
  task: /\bmine\b|\bmy (?:role|job|part|responsibility|task)|\bgoal|responsib|what (?:was|you|i) (?:needed|had|was)|맡은|역할|목표|해야/i,
  action: /what (?:i|you) did|\bi did\b|steps?\b|how (?:i|you)|한 일|내가 한|행동|방법/i,
  result: /outcome|numbers?|learn|impact|measur|what happened|결과|성과|숫자|배운/i,
};

/** The same, as the very first words of a part (`situation - background`): a description, not an event. */
const DESCRIBES: Record<StarPart, RegExp> = {
  situation: /^(?:the )?(?:context|background|setting)\b|^(?:배경|상황 설명)/i,
  task: /^(?:the |my |your )?(?:goal|role|responsibilit|objective|mission)|^what (?:was|you|i) (?:needed|had|was)|^(?:목표|역할|과제 설명)/i,
  action: /^what (?:i|you) did|^(?:the )?(?:steps|actions? taken)|^how (?:i|you)\b|^(?:행동 설명|한 일)/i,
  result: /^(?:the )?(?:outcome|impact|numbers|results? in numbers)\b|^(?:결과 설명|성과|숫자)/i,
};

/** Returns true when a draft is the method's legend, not a story. */
export function isLegend(draft: StoryDraft, scopeTitle: string): boolean {
  const labelled = STAR_PARTS.flatMap((part) => {
    const piece = draft.parts[part];
    return piece ? [{ part, piece }] : [];
  });
  // `S - Situation: …`: a letter explained by its word is a legend whatever follows.
  const explained = labelled.filter(({ part, piece }) => piece.label.letter && NAMES[part].test(plainText(piece.label.text).replace(/^[*_\s]+/, ""))).length;
  if (explained >= 2) return true;
  if (draft.titleLine !== null) return false;
  const parts = labelled.map(({ part, piece }) => ({ part, text: plainText([piece.label.text, ...piece.more.map((l) => l.text)].join(" ")) }));
  const plain = parts.every((p) => p.text.split(/\s+/).length <= 12 && !/\d/.test(p.text));
  if (!plain) return false;
  // Under a heading that announces the method, an empty template is a legend too.
  if (isMethodHeading(scopeTitle)) return parts.filter((p) => META[p.part].test(p.text)).length >= 2 || parts.every((p) => p.text === "");
  return parts.length >= 3 && parts.filter((p) => DESCRIBES[p.part].test(p.text)).length >= 3;
}
