/** Turns story drafts into stories: parts as markdown, a title, and what is missing. */
import type { NoteLine } from "../notes/lines.js";
import { plainText, toMarkdown } from "./markdown.js";
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
  const notes = [...notesOf([...extraNotes], file), ...notesOf(draft.notes, file)];
  const tags = draft.tags.map((t) => ({ text: t.text, line: t.line }));
  const source = { file, line: (draft.titleLine ?? draft.firstLine).line };
  return { title, ...parts, missing: missingParts(parts), notes, tags, source };
}

/** Returns a title without list arrows, trailing colons or markup: `재고 이전 ->` → `재고 이전`. */
export function cleanTitle(text: string): string {
  return plainText(text)
    .replace(/^(?:story|스토리|사례|에피소드|episode)\s*\d*\s*[:：.\-–—]\s*/i, "")
    .replace(/^\d{1,3}[.)]\s+/, "")
    .replace(/\s*(?:->|→|=>|:|：|-|–|—)+\s*$/, "")
    .trim();
}

/** Returns a short title made from the first clause of the situation (or of any part). */
export function shortTitle(parts: Record<StarPart, string>): string {
  const source = STAR_PARTS.map((p) => parts[p]).find((t) => t.trim() !== "") ?? "";
  const clause = plainText(source.split("\n")[0] ?? "").split(/[,.;!?，。]|\s->\s|\s→\s/)[0]?.trim() ?? "";
  if (clause.length <= 40) return clause;
  const cut = clause.slice(0, 40);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).trim()}…`;
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
