/**
 * Finds STAR stories in an entry's lines. `S:`-style parts hold the text on their line
 * and every line indented deeper; a word label standing alone (`**Action:**`, `## Action`)
 * holds what follows up to the next label. Lines after a story at its own depth are
 * kept with it as notes, until the next item starts something else. A label that is no
 * STAR part (`**Why it fits**:`) ends a part. Drafts that are the method's legend, or
 * that label only one part, are no stories: their lines stay where they were.
 */
import type { NoteLine } from "../notes/lines.js";
import { endsPart, isGenericLabel } from "./evidence.js";
import { isLegend } from "./legend.js";
import { tableStories } from "./story-tables.js";
import { STAR_PARTS, type StarPart } from "./types.js";

/** A story found in lines, before it is turned into text. */
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

/** An entry's lines split into stories, other lines and tag lines. */
export interface BodySplit {
  stories: StoryDraft[];
  /** Lines that are no part of a story: answers, definitions, notes. */
  rest: NoteLine[];
  /** `Principles:` lines outside any story. */
  tags: NoteLine[];
}

/** What the lines are read in: an explicit story (its heading says so) keeps even one labelled part. */
export interface SplitContext {
  story?: boolean;
  /** Words of the nearest heading: `STAR, how I answer` announces a legend. */
  scopeTitle?: string;
}

interface Open {
  story: Draft;
  part: StarPart | null;
  /** Lines deeper than this belong to the part; -1 takes everything up to the next label. */
  depth: number;
}

interface Draft extends StoryDraft {
  lines: NoteLine[];
  ownsTitle: boolean;
}

/** Splits an entry's body into its stories and the rest. */
export function splitStories(body: readonly NoteLine[], context: SplitContext = {}): BodySplit {
  const isStar = starTest(body);
  // A table with a story per row gives its drafts whole; its rows are not read line by line.
  const rows = tableStories(body);
  const inTable = new Set(rows.map((r) => r.row));
  const drafts: Draft[] = rows.map(({ draft, row }) => ({ ...draft, lines: [row], ownsTitle: false }));
  let open: Open | null = null;
  let titleCandidate: NoteLine | null = null;
  let previous: NoteLine | undefined;
  for (const line of body) {
    if (inTable.has(line)) continue;
    if (isStar(line) && line.inline && open?.part && part(line) in open.story.parts) {
      // A part written later on the same line never starts a story of its own: it continues the last one.
      open.story.parts[open.part]?.more.push({ ...line, kind: "text", raw: line.text });
      open.story.lines.push(line);
      continue;
    }
    if (isStar(line)) {
      const part = line.part ?? "situation";
      if (!open || part in open.story.parts) {
        const draft: Draft = { titleLine: titleCandidate, firstLine: line, parts: {}, notes: [], tags: [], lines: [], ownsTitle: false };
        // A heading that names the story is its title, not text around it; an item stays a point of the answer.
        draft.ownsTitle = titleCandidate !== null && titleCandidate.kind !== "item";
        drafts.push(draft);
        open = { story: draft, part, depth: 0 };
      }
      open.story.parts[part] = { label: line, more: [] };
      open.story.lines.push(line);
      open.part = part;
      open.depth = line.block || (line.text === "" && !line.letter) ? -1 : line.indent;
      previous = line;
      titleCandidate = null;
      continue;
    }
    if (line.kind === "tags") {
      // A tag line belongs to the open story, or waits for the entry; it ends nothing.
      if (open) open.story.tags.push(line);
      if (open) open.story.lines.push(line);
      continue;
    }
    const inStory = open !== null && belongsToStory(open, line, previous);
    previous = line;
    if (inStory && open) {
      open.story.lines.push(line);
      continue;
    }
    open = null;
    if (isTitle(line)) titleCandidate = line;
    else if (line.kind !== "blank" && !((line.kind === "bold" || line.kind === "heading") && isGenericLabel(line.text))) titleCandidate = null;
  }
  return settle(body, drafts, context);
}

/**
 * Returns which STAR lines count as labels. Word labels (`Situation:`) always do; letters
 * (`S:`) only where two parts are lettered; other words for a part (`Background:`) only
 * where two parts are labelled and that part has no label of its own (`#### Background`
 * above `**Situation:**` is a sub-heading, not a second situation).
 */
export function starTest(body: readonly NoteLine[]): (line: NoteLine) => boolean {
  const letters = new Set<StarPart | undefined>();
  const direct = new Set<StarPart | undefined>();
  const other = new Set<StarPart | undefined>();
  for (const line of body) {
    if (line.kind !== "star") continue;
    if (line.letter) letters.add(line.part);
    else (line.synonym ? other : direct).add(line.part);
  }
  if (letters.size >= 2) for (const part of letters) direct.add(part);
  const all = new Set([...direct, ...[...other].filter((p) => !direct.has(p))]);
  return (l) => {
    if (l.kind !== "star") return false;
    if (l.letter) return letters.size >= 2;
    return !l.synonym || (all.size >= 2 && !direct.has(l.part));
  };
}

/** Longest line that can name a story: longer ones are sentences or pasted text. */
const TITLE_LIMIT = 200;

function part(line: NoteLine): StarPart {
  return line.part ?? "situation";
}

function isTitle(line: NoteLine): boolean {
  if (line.text.length > TITLE_LIMIT) return false;
  if (line.fenced === "title" || line.kind === "bold" || line.kind === "heading") return !isGenericLabel(line.text);
  return line.kind === "item";
}

/** Keeps the drafts that are stories; the lines of the others go back to the rest, in order. */
function settle(body: readonly NoteLine[], drafts: Draft[], context: SplitContext): BodySplit {
  const stories = drafts.filter((d) => isStory(d, context));
  const taken = new Set<NoteLine>();
  for (const story of stories) {
    for (const line of story.lines) taken.add(line);
    if (story.ownsTitle && story.titleLine) taken.add(story.titleLine);
  }
  const rest = body.filter((l) => !taken.has(l) && l.kind !== "tags");
  const tags = body.filter((l) => !taken.has(l) && l.kind === "tags");
  return { stories, rest, tags };
}

function isStory(draft: Draft, context: SplitContext): boolean {
  const labelled = Object.keys(draft.parts).length;
  // A heading that says "story" (or a one-story file) is the writer's word: no second guessing.
  if (context.story) return true;
  return labelled >= 2 && !isLegend(draft, context.scopeTitle ?? "");
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
 * A line that starts with a label of its own (`**Why it fits**:`, `Learned:`) ends the part.
 */
function continuesPart(open: Open, draft: PartDraft, line: NoteLine, previous: NoteLine | undefined): boolean {
  if (line.kind === "heading" || line.kind === "bold" || line.kind === "hr" || endsPart(line)) return false;
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
