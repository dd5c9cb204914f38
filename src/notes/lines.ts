/**
 * Classifies each line of a note body. The reader works on lines, not on a CommonMark
 * tree, because the structure people mean — indentation, prose at column 0 that still
 * belongs to the item above, `S:` lines folded into a list paragraph — is exactly what
 * CommonMark's lazy continuation and list rules discard.
 */
import type { StarPart } from "../model/types.js";

export type LineKind = "blank" | "heading" | "bold" | "item" | "star" | "tags" | "table" | "code" | "hr" | "text";

export interface NoteLine {
  /** 1-based line in the file. */
  line: number;
  raw: string;
  /** Columns of leading white space (a tab counts to the next multiple of 4). */
  indent: number;
  kind: LineKind;
  /** The words of the line: heading or item text, a STAR part's text, trimmed prose. */
  text: string;
  /** Heading level (1–6). */
  level?: number;
  /** Item marker as written: `1.`, `1)`, `-`. */
  marker?: string;
  number?: number;
  /** Column where an item's content starts. */
  contentColumn?: number;
  part?: StarPart;
  /** The STAR label is a single letter (`S:`), not a word (`Situation:`). */
  letter?: boolean;
  /** The STAR label stands alone as a heading or bold line (`## Situation`). */
  block?: boolean;
}

const STAR_WORDS: Record<string, StarPart> = {
  s: "situation", situation: "situation", 상황: "situation",
  t: "task", task: "task", 과제: "task",
  a: "action", action: "action", actions: "action", 행동: "action",
  r: "result", result: "result", results: "result", 결과: "result",
};
const LABEL = "(S|T|A|R|Situation|Task|Actions?|Results?|상황|과제|행동|결과)";
// A label ends with a colon, or with a dash between spaces (`S - 상황`).
const STAR_LINE = new RegExp(`^(?:[-*+]\\s+)?(?:\\*\\*|__)?\\s*${LABEL}\\s*(?:\\*\\*|__)?(?:\\s*[:：]|\\s+[-–—](?=\\s|$))\\s*(?:\\*\\*|__)?(?:\\s+|$)(.*)$`, "i");
const TAGS_LINE = /^(?:[-*+]\s+)?(?:\*\*|__)?\s*(principles?|lps?|leadership principles?|tags?|원칙|리더십 원칙|관련 ?lp|lp 태그)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.+)$/i;
const HEADING = /^#{1,6}(?=\s|$)/;
const ORDERED = /^(\d{1,4})([.)])(?:[ \t]+(.*))?$/;
const BULLET = /^([-*+])(?:[ \t]+(.*))?$/;
/** `Q:`, `Q3.`, `질문:` lines: a question written without a list, the way Q&A notes are. */
const QUESTION_LINE = /^(?:\*\*)?(Q\d{0,3}|질문\s*\d{0,3})(?:\*\*)?\s*[:.)]\s*(?:\*\*)?\s*(.+)$/;
const HR = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SUMMARY = /^<summary>\s*(.*?)\s*<\/summary>$/i;
const DETAILS_TAG = /^<\/?(details|summary)(\s[^>]*)?>$/i;
const BOLD_ALONE = /^(\*\*|__)(?!\s)(.+?)\1\s*[:：]?$/;

/** Returns the body's lines, classified; `firstLine` is the file line of the body's first line. */
export function classifyLines(body: string, firstLine: number): NoteLine[] {
  const out: NoteLine[] = [];
  let fence: string | null = null;
  const rawLines = body.split("\n");
  rawLines.forEach((raw, index) => {
    const line = firstLine + index;
    const indent = indentOf(raw);
    const trimmed = raw.trim();
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      out.push({ line, raw, indent, kind: "code", text: raw });
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      out.push({ line, raw, indent, kind: "code", text: raw });
      return;
    }
    const previous = out[out.length - 1];
    out.push(classify(raw, trimmed, line, indent, previous));
  });
  return out;
}

function classify(raw: string, trimmed: string, line: number, indent: number, previous: NoteLine | undefined): NoteLine {
  const base = { line, raw, indent };
  if (trimmed === "") return { ...base, kind: "blank", text: "" };
  if (indent < 4 && HEADING.test(trimmed)) {
    const level = /^#+/.exec(trimmed)?.[0].length ?? 1;
    const text = trimmed.replace(/^#+\s*/, "").replace(/\s+#+\s*$/, "").trim();
    const alone = starAlone(stripEmphasis(text));
    if (alone) return { ...base, kind: "star", text: "", part: alone, letter: false, block: true, level };
    return { ...base, kind: "heading", text, level };
  }
  if (HR.test(trimmed) && indent < 4) return { ...base, kind: "hr", text: trimmed };
  // A collapsible block's summary names what it holds, like a heading; its bare tags carry no words.
  const summary = SUMMARY.exec(trimmed);
  if (summary) return { ...base, kind: "heading", text: summary[1] ?? "", level: 6 };
  if (DETAILS_TAG.test(trimmed)) return { ...base, kind: "blank", text: "" };
  const star = STAR_LINE.exec(trimmed);
  if (star) return starLine(base, star[1] ?? "", star[2] ?? "");
  const tags = TAGS_LINE.exec(trimmed);
  if (tags && !/^[-*+]\s/.test(trimmed)) return { ...base, kind: "tags", text: (tags[2] ?? "").replace(/\*\*|__/g, "").trim() };
  if (trimmed.startsWith("|")) return tableRow(base, trimmed);
  const ordered = ORDERED.exec(trimmed);
  if (ordered) {
    const text = withoutCheckbox(ordered[3] ?? "");
    return { ...base, kind: "item", text, marker: `${ordered[1]}${ordered[2]}`, number: Number(ordered[1]), contentColumn: contentColumn(trimmed, indent, text) };
  }
  const question = QUESTION_LINE.exec(trimmed);
  if (question) {
    const text = (question[2] ?? "").replace(/\*\*$/, "").trim();
    const number = Number((question[1] ?? "").replace(/\D/g, "")) || undefined;
    return { ...base, kind: "item", text, marker: question[1] ?? "Q", number, contentColumn: contentColumn(trimmed, indent, text) };
  }
  const bullet = BULLET.exec(trimmed);
  if (bullet) {
    const text = withoutCheckbox(bullet[2] ?? "");
    return { ...base, kind: "item", text, marker: bullet[1] ?? "-", contentColumn: contentColumn(trimmed, indent, text) };
  }
  const bold = BOLD_ALONE.exec(trimmed);
  const opensParagraph = !previous || previous.kind === "blank" || previous.kind === "heading" || previous.kind === "code" || previous.kind === "hr";
  if (bold && indent < 4 && opensParagraph) {
    const words = (bold[2] ?? "").trim();
    const alone = starAlone(words);
    if (alone) return { ...base, kind: "star", text: "", part: alone, letter: false, block: true };
    return { ...base, kind: "bold", text: words };
  }
  return { ...base, kind: "text", text: trimmed };
}

/** A table row is a STAR part when its first cell is a label (`| 상황 | … |`), otherwise a table line. */
function tableRow(base: { line: number; raw: string; indent: number }, trimmed: string): NoteLine {
  const cells = trimmed.replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  const label = (cells[0] ?? "").replace(/\*\*|__/g, "").replace(/[:：]$/, "").trim();
  const part = STAR_WORDS[label.toLowerCase()];
  if (!part || cells.length < 2) return { ...base, kind: "table", text: trimmed };
  return { ...base, kind: "star", text: cells.slice(1).filter((c) => c !== "").join(" / "), part, letter: label.length === 1, block: false };
}

function starLine(base: { line: number; raw: string; indent: number }, label: string, rest: string): NoteLine {
  const part = STAR_WORDS[label.toLowerCase()] ?? "situation";
  const text = rest.replace(/^(\*\*|__)\s*/, "").trim();
  return { ...base, kind: "star", text, part, letter: label.length === 1, block: false };
}

function starAlone(words: string): StarPart | undefined {
  const bare = words.replace(/[:：]\s*$/, "").trim().toLowerCase();
  if (bare.length <= 1) return undefined;
  return STAR_WORDS[bare];
}

function stripEmphasis(text: string): string {
  return text.replace(/^(\*\*|__)(.*)\1$/, "$2").trim();
}

/** Returns an item's words without a task-list box (`[ ]`, `[x]`): a mark, not words. */
function withoutCheckbox(text: string): string {
  return text.trim().replace(/^\[[ xX]\]\s+/, "");
}

function contentColumn(trimmed: string, indent: number, text: string): number {
  return text === "" ? indent + trimmed.length + 1 : indent + trimmed.length - text.length;
}

function indentOf(raw: string): number {
  let columns = 0;
  for (const ch of raw) {
    if (ch === " ") columns++;
    else if (ch === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}
