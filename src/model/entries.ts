/** Reads one entry of the outline as a question, a principle, a story or notes. */
import type { NoteLine } from "../notes/lines.js";
import { plainText, toMarkdown } from "./markdown.js";
import type { Entry } from "./outline.js";
import { notesOf, storyFromDraft, cleanTitle, type StoryBase } from "./stories.js";
import { splitStories } from "./star.js";
import type { Note } from "./types.js";

/** What an entry yields before ids and links are assigned. */
export interface EntryYield {
  stories: StoryBase[];
  /** Principle names as written in `Principles:` lines of the entry itself. */
  tags: { text: string; line: number }[];
  /** Lines that are no part of a story. */
  rest: NoteLine[];
}

export interface QuestionBase {
  text: string;
  number: number;
  answer: string;
  points: string[];
  source: { file: string; line: number };
  stories: StoryBase[];
  tags: { text: string; line: number }[];
}

export interface PrincipleText {
  definition: string;
  notes: Note[];
}

/** Returns the stories in an entry and the lines around them; `title` names an untitled first story. */
export function readEntry(entry: Entry, file: string, title = ""): EntryYield {
  const split = splitStories(entry.body);
  const ownTitle = entry.kind === "story" ? cleanTitle(entry.title) : title;
  const stories = split.stories.map((draft, index) => {
    if (index > 0) return storyFromDraft(draft, file, "");
    // A story entry's heading or item names its first story, whatever items come before the STAR lines.
    const named = entry.kind === "story" && ownTitle !== "" ? { ...draft, titleLine: entry.head } : draft;
    return storyFromDraft(named, file, ownTitle, entry.kind === "story" ? split.rest : []);
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

/** Returns a question from an entry of a questions section. */
export function questionOf(entry: Entry, found: EntryYield, file: string, number: number): QuestionBase {
  const line = entry.head?.line ?? entry.body[0]?.line ?? 1;
  const title = plainText(entry.title).replace(/^(?:q\d*[.:)]|질문\s*\d*[.:)])\s*/i, "");
  // `Why this team? -> scale, on-call`: the words after the question mark are the start of its answer.
  const inline = /^(.*?[?？])\s*(?:->|→|=>|—|–|-|:)\s*(\S.*)$/.exec(title);
  const answer = toMarkdown(found.rest);
  return {
    text: inline?.[1] ?? title,
    number: entry.head?.number ?? number,
    answer: inline ? [inline[2], answer].filter((t) => t !== "").join("\n\n") : answer,
    points: pointsOf(found.rest),
    source: { file, line },
    stories: found.stories,
    tags: found.tags,
  };
}

/** Returns the first paragraph under a principle as its definition and the rest as notes. */
export function principleText(rest: readonly NoteLine[], file: string): PrincipleText {
  let start = 0;
  while (rest[start]?.kind === "blank") start++;
  let end = start;
  while (rest[end]?.kind === "text") end++;
  // A definition written as a quote (`> …`) is still the definition.
  const definition = rest.slice(start, end).map((l) => l.text.replace(/^>\s?/, "")).join(" ").trim();
  return { definition, notes: notesOf(rest.slice(end), file) };
}

/** Returns the texts of the top-level items: an answer's points. */
function pointsOf(lines: readonly NoteLine[]): string[] {
  const items = lines.filter((l) => l.kind === "item");
  if (items.length === 0) return [];
  const top = Math.min(...items.map((l) => l.indent));
  return items.filter((l) => l.indent === top && l.text !== "").map((l) => plainText(l.text));
}
