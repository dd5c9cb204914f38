/** Reads one entry — a question, a principle, a story or loose notes — from its lines. */
import type { NoteLine } from "../notes/lines.js";
import { unquote } from "./evidence.js";
import { plainText, toMarkdown } from "./markdown.js";
import { notesOf, storyFromDraft, cleanTitle, type StoryBase } from "./story-drafts.js";
import { splitStories } from "./star.js";
import type { Note } from "./types.js";
import { smallest } from "../arrays.js";

/** What an entry is read as. */
export type EntryKind = "question" | "principle" | "story" | "note";

/** An entry: the line that opens it (an item, heading or bold line; null for loose text) and the lines under it. */
export interface Entry {
  kind: EntryKind;
  head: NoteLine | null;
  title: string;
  body: NoteLine[];
  /** Words of the nearest heading, for telling a STAR legend from a story. */
  scopeTitle?: string;
  /** The lines are a story by the writer's own word (a one-story file), whatever their shape. */
  explicit?: boolean;
}

/** What an entry yields before ids and links are assigned. */
export interface EntryYield {
  stories: StoryBase[];
  /** Principle names as written in `Principles:` lines of the entry itself. */
  tags: { text: string; line: number }[];
  /** Lines that are no part of a story. */
  rest: NoteLine[];
}

/** A question before ids and links are assigned. */
export interface QuestionBase {
  text: string;
  translation: string;
  number: number;
  answer: string;
  points: string[];
  source: { file: string; line: number };
  stories: StoryBase[];
  tags: { text: string; line: number }[];
}

/** What the lines under a principle say: its definition and its notes. */
export interface PrincipleText {
  definition: string;
  notes: Note[];
}

/** Returns the stories in an entry and the lines around them; `title` names an untitled first story. */
export function readEntry(entry: Entry, file: string, title = ""): EntryYield {
  const split = splitStories(entry.body, { story: entry.kind === "story" || entry.explicit === true, scopeTitle: entry.scopeTitle });
  const ownTitle = entry.kind === "story" ? cleanTitle(entry.title) : title;
  const stories = split.stories.map((draft, index) => {
    if (index > 0) return storyFromDraft(draft, file, "");
    // A story entry's heading or item names its first story, whatever items come before the STAR lines;
    // a sub-heading that stood where a title would is kept as the story's notes.
    const named = entry.kind === "story" && ownTitle !== "" ? { ...draft, titleLine: entry.head } : draft;
    const displaced = named.titleLine !== draft.titleLine && draft.titleLine && draft.titleLine.kind !== "item" ? [draft.titleLine] : [];
    // A story heading that names nothing (`#### Notes`) is kept as the story's notes.
    if (entry.kind === "story" && ownTitle === "" && entry.head && index === 0) displaced.push(entry.head);
    const notes = entry.kind === "story" ? [...displaced, ...split.rest].sort((a, b) => a.line - b.line) : [];
    return storyFromDraft(named, file, ownTitle, notes);
  });
  if (entry.kind === "story" && stories.length === 0) {
    const empty = { titleLine: entry.head, firstLine: entry.head ?? entry.body[0], parts: {}, notes: split.rest, tags: [] };
    if (empty.firstLine) stories.push(storyFromDraft({ ...empty, firstLine: empty.firstLine }, file, ownTitle));
  }
  // Tags with no story or question to take them stay in the text where they were written.
  const keepTags = stories.length === 0 && entry.kind !== "question";
  const rest = entry.kind === "story" ? [] : keepTags ? [...split.rest, ...split.tags].sort((a, b) => a.line - b.line) : split.rest;
  return { stories, tags: keepTags ? [] : split.tags.map((t) => ({ text: t.text, line: t.line })), rest };
}

/** Returns a question from an entry: its text without numbering or quotes, its answer, points and stories. */
export function questionOf(entry: Entry, found: EntryYield, file: string, number: number, translation = ""): QuestionBase {
  const line = entry.head?.line ?? entry.body[0]?.line ?? 1;
  const title = unquote(plainText(entry.title).replace(/^(?:q\d*[.:)]|question\s*\d*[.:)]|질문\s*\d*[.:)]|\d{1,3}[.)])\s*/i, ""));
  // `Why this team? -> scale, on-call`, `Why us? A. scale`: the words after the question mark start its answer.
  const inline = /^(.*?[?？])\s*(?:->|→|=>|—|–|-|:|A[.:)]|답[.:)])\s*(\S.*)$/s.exec(title);
  const answer = toMarkdown(found.rest);
  return {
    text: inline?.[1] ?? title,
    translation,
    number: entry.head?.number ?? number,
    answer: inline ? [inline[2], answer].filter((t) => t !== "").join("\n\n") : answer,
    points: pointsOf(found.rest),
    source: { file, line },
    stories: found.stories,
    tags: found.tags,
  };
}

/** Returns the first paragraph under a principle as its definition and the rest as notes; a label line (`> questions:`) is no definition. */
export function principleText(rest: readonly NoteLine[], file: string): PrincipleText {
  let start = 0;
  while (rest[start]?.kind === "blank") start++;
  let end = start;
  while (rest[end]?.kind === "text" && rest[end]?.label?.rest !== "") end++;
  // A definition written as a quote (`> …`) is still the definition.
  const definition = rest.slice(start, end).map((l) => l.text.replace(/^>\s?/, "")).join(" ").trim();
  return { definition, notes: notesOf(rest.slice(end), file) };
}

/** Returns the texts of the top-level items: an answer's points. */
function pointsOf(lines: readonly NoteLine[]): string[] {
  const items = lines.filter((l) => l.kind === "item");
  if (items.length === 0) return [];
  const top = smallest(items.map((l) => l.indent));
  return items.filter((l) => l.indent === top && l.text !== "").map((l) => plainText(l.text));
}
