/** Turns story drafts into stories: parts as markdown, a title, what is missing, and what follows the result. */
import type { NoteLine } from "../notes/lines.js";
import { isGenericLabel, storyPrefix } from "./evidence.js";
import { plainText, toMarkdown } from "./markdown.js";
import { afterStoryLabel } from "./evidence.js";
import { missingParts, type StoryDraft } from "./star.js";
import { STAR_PARTS, type Note, type StarPart, type Story } from "./types.js";

/** A story before ids and links are known: `tags` are principle names as written. */
export interface StoryBase extends Omit<Story, "id" | "principles" | "questions"> {
  tags: { text: string; line: number }[];
}

/** Returns a story from its draft; `fallbackTitle` names it when no item or heading does. */
export function storyFromDraft(draft: StoryDraft, file: string, fallbackTitle: string, extraNotes: NoteLine[] = []): StoryBase {
  const parts = {} as Record<StarPart, string>;
  for (const part of STAR_PARTS) {
    const piece = draft.parts[part];
    parts[part] = piece ? [piece.label.text, toMarkdown(piece.more)].filter((t) => t !== "").join("\n") : "";
  }
  const fromLine = draft.titleLine ? cleanTitle(draft.titleLine.text) : "";
  const title = fromLine || cleanTitle(fallbackTitle) || shortTitle(parts) || "Untitled story";
  const after = afterResult(draft.notes);
  const notes = [...notesOf([...extraNotes], file), ...notesOf(after.notes, file)];
  const tags = draft.tags.map((t) => ({ text: t.text, line: t.line }));
  const source = { file, line: (draft.titleLine ?? draft.firstLine).line };
  return { title, ...parts, missing: missingParts(parts), lesson: after.lesson, fit: after.fit, notes, tags, source };
}

/** Splits a story's notes into its lesson, why it fits, and the other notes: a label's text and the lines that continue it. */
function afterResult(lines: readonly NoteLine[]): { lesson: string; fit: string; notes: NoteLine[] } {
  const found = { lesson: [] as string[], fit: [] as string[] };
  const notes: NoteLine[] = [];
  let into: string[] | null = null;
  for (const line of lines) {
    const kind = line.kind === "text" && line.label ? afterStoryLabel(line.label.words) : null;
    if (kind) {
      into = found[kind];
      if (line.label?.rest) into.push(line.label.rest);
    } else if (into && line.kind !== "blank" && !(line.kind === "text" && line.label?.bold)) {
      into.push(line.text);
    } else {
      if (line.kind !== "blank") into = null;
      notes.push(line);
    }
  }
  return { lesson: found.lesson.join("\n"), fit: found.fit.join("\n"), notes };
}

/** Returns a title without list arrows, trailing colons, story labels or markup: `재고 이전 ->` → `재고 이전`. */
export function cleanTitle(text: string): string {
  const plain = plainText(text).replace(/^\d{1,3}[.)]\s+/, "");
  if (isGenericLabel(plain)) return "";
  return (storyPrefix(plain) ?? plain)
    .replace(/^\d{1,3}[.)]\s+/, "")
    .replace(/\s*(?:->|→|=>|:|：|-|–|—)+\s*$/, "")
    .trim();
}

/** Returns a title made from the first clause of the situation (or of any part), whole: a long one wraps, and nothing is cut with "…". */
export function shortTitle(parts: Record<StarPart, string>): string {
  const source = STAR_PARTS.map((p) => parts[p]).find((t) => t.trim() !== "") ?? "";
  return plainText(source.split("\n")[0] ?? "").split(/[,.;!?，。]|\s->\s|\s→\s/)[0]?.trim() ?? "";
}

/** Returns the lines as notes, one per paragraph or block, each with its first line. */
export function notesOf(lines: readonly NoteLine[], file: string): Note[] {
  const notes: Note[] = [];
  let group: NoteLine[] = [];
  const flush = (): void => {
    const text = toMarkdown(group);
    const first = group.find((l) => l.kind !== "blank");
    if (text !== "" && first) notes.push({ text, source: { file, line: first.line } });
    group = [];
  };
  for (const line of lines) {
    const startsBlock = line.kind === "item" && line.indent === 0 && group.some((l) => l.kind !== "item" && l.kind !== "blank");
    if (startsBlock) flush();
    group.push(line);
    if (line.kind === "blank" && group.length > 0 && !insideList(group)) flush();
  }
  flush();
  return notes;
}

function insideList(group: readonly NoteLine[]): boolean {
  const first = group.find((l) => l.kind !== "blank");
  return first?.kind === "item" || first?.kind === "code";
}
