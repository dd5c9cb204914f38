/**
 * Finds STAR stories in an entry's lines. `S:`-style parts hold the text on their line
 * and every line indented deeper; a word label standing alone (`**Action:**`, `## Action`)
 * holds what follows up to the next label. Lines after a story at its own depth are
 * kept with it as notes, until the next item starts something else.
 */
import type { NoteLine } from "../notes/lines.js";
import { STAR_PARTS, type StarPart } from "./types.js";

export interface StoryDraft {
  /** The item or heading that names the story, when one does. */
  titleLine: NoteLine | null;
  firstLine: NoteLine;
  parts: Partial<Record<StarPart, PartDraft>>;
  notes: NoteLine[];
  tags: NoteLine[];
}

/** A STAR part: its label line (with the text after the label) and the lines that continue it. */
export interface PartDraft {
  label: NoteLine;
  more: NoteLine[];
}

export interface BodySplit {
  stories: StoryDraft[];
  /** Lines that are no part of a story: answers, definitions, notes. */
  rest: NoteLine[];
  /** `Principles:` lines outside any story. */
  tags: NoteLine[];
}

interface Open {
  story: StoryDraft;
  part: StarPart | null;
  /** Lines deeper than this belong to the part; -1 takes everything up to the next label. */
  depth: number;
}

/** Splits an entry's body into its stories and the rest. */
export function splitStories(body: readonly NoteLine[]): BodySplit {
  const letters = new Set(body.filter((l) => l.kind === "star" && l.letter).map((l) => l.part));
  const isStar = (l: NoteLine): boolean => l.kind === "star" && (!l.letter || letters.size >= 2);
  const result: BodySplit = { stories: [], rest: [], tags: [] };
  let open: Open | null = null;
  let titleCandidate: NoteLine | null = null;
  let previous: NoteLine | undefined;
  for (const line of body) {
    if (isStar(line)) {
      const part = line.part ?? "situation";
      if (!open || part in open.story.parts) {
        open = { story: { titleLine: titleCandidate, firstLine: line, parts: {}, notes: [], tags: [] }, part, depth: 0 };
        result.stories.push(open.story);
        // A heading that names the story is its title, not text around it; an item stays a point of the answer.
        if (titleCandidate && titleCandidate.kind !== "item") result.rest.splice(result.rest.lastIndexOf(titleCandidate), 1);
      }
      open.story.parts[part] = { label: line, more: [] };
      open.part = part;
      open.depth = line.block || (line.text === "" && !line.letter) ? -1 : line.indent;
      previous = line;
      titleCandidate = null;
      continue;
    }
    if (line.kind === "tags") {
      (open ? open.story.tags : result.tags).push(line);
      continue;
    }
    const inStory = open !== null && belongsToStory(open, line, previous);
    previous = line;
    if (inStory) continue;
    open = null;
    result.rest.push(line);
    if (line.kind === "item" || line.kind === "heading" || line.kind === "bold") titleCandidate = line;
    else if (line.kind !== "blank") titleCandidate = null;
  }
  return result;
}

function belongsToStory(open: Open, line: NoteLine, previous: NoteLine | undefined): boolean {
  const { story, part } = open;
  const draft = part ? story.parts[part] : undefined;
  if (part && draft && continuesPart(open, draft, line, previous)) {
    draft.more.push(line);
    return true;
  }
  open.part = null;
  if (line.kind === "item" || line.kind === "heading" || line.kind === "bold") return false;
  story.notes.push(line);
  return true;
}

/**
 * A part goes on over deeper lines, lazy lines of its paragraph, and further paragraphs at
 * its own depth. An empty `S:`-style part takes none of those: the prose under `R:` with
 * nothing after the colon is a note, not a result. A word label alone takes what follows.
 */
function continuesPart(open: Open, draft: PartDraft, line: NoteLine, previous: NoteLine | undefined): boolean {
  if (line.kind === "heading" || line.kind === "bold" || line.kind === "hr") return false;
  if (open.depth === -1 || line.kind === "blank" || line.indent > open.depth) return true;
  const hasText = draft.label.text !== "" || draft.more.some((l) => l.kind !== "blank");
  if (line.kind === "item") return !hasText && !draft.label.letter && line.indent <= open.depth + 3;
  if (!hasText) return false;
  const lazy = previous !== undefined && previous.kind !== "blank";
  return lazy || line.indent >= open.depth;
}

/** Returns the parts that have no text. */
export function missingParts(parts: Record<StarPart, string>): StarPart[] {
  return STAR_PARTS.filter((p) => parts[p].trim() === "");
}
