/**
 * Classifies each line of a note body: what it is on its own (heading, item, STAR label,
 * table row, …), not what it means. The reader works on lines, not on a CommonMark tree,
 * because the structure people mean — indentation, prose at column 0 that still belongs
 * to the item above, `S:` lines folded into a list paragraph — is exactly what
 * CommonMark's lazy continuation and list rules discard. `tree.ts` builds the structure.
 */
import type { StarPart } from "../model/types.js";
import { markStoryFences } from "./fences.js";
import { labelOf, splitInline, STAR_LINE, starAlone, starLabel } from "./labels.js";

/** What a line is on its own. */
export type LineKind = "blank" | "heading" | "bold" | "item" | "star" | "tags" | "table" | "code" | "hr" | "text";

/** One line of a note, classified, with its place. */
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
  /** The STAR label is another word for the part (`Background:`, `activity:`). */
  synonym?: boolean;
  /** The STAR label stands alone as a heading or bold line (`## Situation`). */
  block?: boolean;
  /** Prose that starts with a label (`Why it fits: …`, `> questions:`): the label's words, the text after it. */
  label?: { words: string; rest: string; bold: boolean; quoted: boolean };
  /** Inside a fenced block that holds a STAR story: its first unlabelled line is the title. */
  fenced?: "title" | "line";
  /** A part of a story written on one line, after the first: the line's words are in the first part's `raw`. */
  inline?: boolean;
  /** A heading that reads as a tag line (`#### Principles: Dive Deep`): its names. Under a story it tags it. */
  tags?: string;
}

const TAGS_LINE = /^(?:[-*+]\s+)?(?:\*\*|__)?\s*(principles?|lps?|leadership principles?|tags?|원칙|리더십 원칙|관련 ?lp|lp 태그)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.+)$/is;
const HEADING = /^#{1,6}(?=\s|$)/;
const ORDERED = /^(\d{1,4})([.)])(?:[ \t]+(.*))?$/s;
/** Bullets: markdown's, and the ones people type or paste (`•`, `--`). */
const BULLET = /^(?:([-*+•◦▪‣·])(?:[ \t]+(.*))?|(--)[ \t]*([^-\s].*))$/s;
/** `Q:`, `Q3.`, `질문:` lines: a question written without a list, the way Q&A notes are. */
const QUESTION_LINE = /^(?:\*\*)?(Q\d{0,3}|Question\s*\d{0,3}|질문\s*\d{0,3})(?:\*\*)?\s*[:.)]\s*(?:\*\*)?\s*(.+)$/is;
const HR = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SUMMARY = /^<summary>\s*(.*?)\s*<\/summary>$/is;
/** Markup that carries no words: collapsible-block tags, line breaks used as spacers. */
const NO_WORDS = /^(?:<\/?(?:details|summary)(?:\s[^>]*)?>|(?:<br\s*\/?>|&nbsp;)+)$/i;
const BOLD_ALONE = /^(\*\*|__)(?!\s)(.+?)\1\s*[:：]?$/s;
const QUOTE_MARK = /^["“”'‘’「『]/;
const LABEL_MARK = /[:：]|\s[-–—](?:\s|$)/;

/** Returns the body's lines, classified; `firstLine` is the file line of the body's first line. */
export function classifyLines(body: string, firstLine: number): NoteLine[] {
  const out: NoteLine[] = [];
  const fences: [number, number][] = [];
  let fence: string | null = null;
  // Only LF ends a line; other line separators (U+2028) stay inside the line's text.
  const rawLines = body.split("\n");
  rawLines.forEach((raw, index) => {
    const line = firstLine + index;
    const indent = indentOf(raw);
    const trimmed = raw.trim();
    const fenceMark = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length && trimmed === fenceMark) fence = null;
      out.push({ line, raw, indent, kind: "code", text: raw });
      if (fence === null) (fences[fences.length - 1] as [number, number])[1] = index;
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      fences.push([index, rawLines.length - 1]);
      out.push({ line, raw, indent, kind: "code", text: raw });
      return;
    }
    const previous = out[out.length - 1];
    out.push(classify(raw, trimmed, line, indent, previous));
  });
  return splitInlineStories(markStoryFences(out, fences, (raw, line) => classify(raw, raw.trim(), line, indentOf(raw), undefined)));
}

/** A story written on one line (`S: … / T: … / A: … / R: …`) becomes a line per part, all on that line. */
function splitInlineStories(lines: NoteLine[]): NoteLine[] {
  if (!lines.some((l) => l.kind === "star" && !l.block)) return lines;
  return lines.flatMap((line) => {
    const parts = line.kind === "star" && !line.block && line.part ? splitInline(line.part, line.text) : null;
    if (!parts) return [line];
    return parts.map((p, i) => ({ ...line, raw: i === 0 ? line.raw : "", text: p.text, part: p.part, letter: i === 0 ? line.letter : p.letter, inline: i > 0 }));
  });
}

function classify(raw: string, trimmed: string, line: number, indent: number, previous: NoteLine | undefined): NoteLine {
  const base = { line, raw, indent };
  if (trimmed === "") return { ...base, kind: "blank", text: "" };
  if (indent < 4 && HEADING.test(trimmed)) return heading(base, trimmed);
  if (HR.test(trimmed) && indent < 4) return { ...base, kind: "hr", text: trimmed };
  // A collapsible block's summary names what it holds, like a heading; its bare tags carry no words.
  const summary = SUMMARY.exec(trimmed);
  if (summary) return { ...base, kind: "heading", text: summary[1] ?? "", level: 6 };
  if (NO_WORDS.test(trimmed)) return { ...base, kind: "blank", text: "" };
  // Labels end with a colon or a spaced dash: most prose has neither, and skips the label patterns.
  const labelled = LABEL_MARK.test(trimmed);
  const star = labelled ? STAR_LINE.exec(trimmed) : null;
  if (star) return starLine(base, star[1] ?? "", star[2] ?? "");
  const tags = labelled ? TAGS_LINE.exec(trimmed) : null;
  const tagText = (tags?.[2] ?? "").replace(/\*\*|__/g, "").trim();
  // `**Principle**: "…"` is a sentence about a principle, not a list of tags.
  if (tags && !/^[-*+]\s/.test(trimmed) && !QUOTE_MARK.test(tagText)) return { ...base, kind: "tags", text: tagText };
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
    const text = withoutCheckbox(bullet[2] ?? bullet[4] ?? "");
    return { ...base, kind: "item", text, marker: bullet[1] ?? bullet[3] ?? "-", contentColumn: contentColumn(trimmed, indent, text) };
  }
  const bold = BOLD_ALONE.exec(trimmed);
  // A bold line right under an item, indented, is that item's sub-heading rather than more of its words.
  const underItem = previous?.kind === "item" && indent > previous.indent;
  const opensParagraph = !previous || underItem || previous.kind === "blank" || previous.kind === "heading" || previous.kind === "code" || previous.kind === "hr";
  if (bold && indent < 4 && opensParagraph) {
    const words = (bold[2] ?? "").trim();
    const alone = starAlone(words);
    if (alone) return { ...base, kind: "star", text: "", ...alone, block: true };
    return { ...base, kind: "bold", text: words };
  }
  return { ...base, kind: "text", text: trimmed, ...labelFact(trimmed) };
}

function heading(base: { line: number; raw: string; indent: number }, trimmed: string): NoteLine {
  const level = /^#+/.exec(trimmed)?.[0].length ?? 1;
  const text = trimmed.replace(/^#+\s*/, "").replace(/\s+#+\s*$/, "").trim();
  const alone = starAlone(text);
  if (alone) return { ...base, kind: "star", text: "", ...alone, block: true, level };
  // `#### Principles: Ownership` tags the story it is under, like the same words on a line of their own;
  // elsewhere (`### 리더십 원칙: Dive Deep`) it may name a principle: the reader decides.
  const tags = TAGS_LINE.exec(text);
  const tagText = (tags?.[2] ?? "").replace(/\*\*|__/g, "").trim();
  if (tags && !QUOTE_MARK.test(tagText)) return { ...base, kind: "heading", text, level, tags: tagText };
  return { ...base, kind: "heading", text, level };
}

function labelFact(trimmed: string): Pick<NoteLine, "label"> {
  const quoted = trimmed.startsWith(">");
  const fact = labelOf(quoted ? trimmed.replace(/^>\s*/, "") : trimmed);
  return fact ? { label: { words: fact.label, rest: fact.rest, bold: fact.bold, quoted } } : {};
}

/** A table row is a STAR part when its first cell is a label (`| 상황 | … |`), otherwise a table line. */
function tableRow(base: { line: number; raw: string; indent: number }, trimmed: string): NoteLine {
  const cells = trimmed.replace(/^\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  const labelOf = (cell: string) => starLabel(cell.replace(/\*\*|__/g, "").replace(/[:：]$/, "").trim());
  const label = labelOf(cells[0] ?? "");
  // A row naming two parts is the header of a table with a story per row, not a part.
  if (!label || cells.length < 2 || cells.filter((c) => labelOf(c)).length >= 2) return { ...base, kind: "table", text: trimmed };
  return { ...base, kind: "star", text: cells.slice(1).filter((c) => c !== "").join(" / "), ...label, block: false };
}

function starLine(base: { line: number; raw: string; indent: number }, label: string, rest: string): NoteLine {
  const found = starLabel(label) ?? { part: "situation" as const, letter: label.length === 1, synonym: false };
  const text = rest.replace(/^(\*\*|__)\s*/, "").trim();
  return { ...base, kind: "star", text, ...found, block: false };
}

/** Returns an item's words without a task-list box (`[ ]`, `[x]`): a mark, not words. */
function withoutCheckbox(text: string): string {
  return text.trim().replace(/^\[[ xX]\]\s+/, "");
}

function contentColumn(trimmed: string, indent: number, text: string): number {
  return text === "" ? indent + trimmed.length + 1 : indent + trimmed.length - text.length;
}

/** Returns the columns of leading white space of `raw`. */
export function indentOf(raw: string): number {
  let columns = 0;
  for (const ch of raw) {
    if (ch === " ") columns++;
    else if (ch === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}
