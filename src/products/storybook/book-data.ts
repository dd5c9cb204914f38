/** The data the story book template receives: the model plus `book` (entries with anchors, page numbers, coverage). */
import type { Model } from "../../model/types.js";
import { assessReadiness, type ReadinessData } from "../../readiness/index.js";
import { Links, notesEntries, principleEntries, questionEntries, storiesOf, storyEntries, type Link, type NotesEntry, type PrincipleEntry, type QuestionEntry, type StoryEntry } from "./book-entries.js";
import type { BookOptions, Labels } from "./options.js";
import type { UnprintedLine } from "./unprinted.js";

export { principleAnchor, questionAnchor, storiesOf, storyAnchor } from "./book-entries.js";

/** One row of the coverage table: a principle by name and the stories that prove it. */
export interface CoverageRow {
  number: number;
  name: string;
  anchor: string;
  count: number;
  stories: Link[];
}

/** Everything the template reads under `book`. */
export interface BookData {
  /** Each story starts on a new page (`storyStart: page`). */
  newPage: boolean;
  /** Each story is kept whole on a page when it fits (`storyStart: auto`). */
  keepStories: boolean;
  /** True for paged formats (PDF): page numbers are known; false in HTML. */
  paged: boolean;
  labels: Labels;
  counts: { stories: number; questions: number; principlesCovered: number; principlesTotal: number };
  stories: StoryEntry[];
  questions: QuestionEntry[];
  /** Principles the notes say something about, in catalogue order. */
  principles: PrincipleEntry[];
  /** Names of the principles with nothing written, linked or asked yet. */
  emptyPrinciples: string[];
  /** The document's other sections and loose notes. */
  notes: NotesEntry[];
  /** The heading words of every section of the notes, in order: the outline of what the user wrote. */
  sections: string[];
  /** Source lines whose words the rest of the book does not show, as written. */
  unprinted: UnprintedLine[];
  /** The coach's checks (see TEMPLATES.md, "Readiness"). */
  readiness: ReadinessData;
  /** Names of the principles with no story at all, and of those with some but fewer than wanted. */
  noStory: string[];
  fewStories: string[];
  coverage: CoverageRow[];
  /** Page numbers of the fixed sections (`contents`, `principles`, `questions`, `notes`, `coverage`). */
  pages: Record<string, number>;
}

/** Named destinations of the fixed sections. */
const SECTION_ANCHORS = ["contents", "readiness", "principles", "questions", "notes", "coverage"] as const;

/** Returns the template data; `pages` maps anchor names to 1-based page numbers (null: a format without pages). */
export function bookData(model: Model, options: BookOptions, pages: ReadonlyMap<string, number> | null, unprinted: UnprintedLine[] = [], readiness: ReadinessData = assessReadiness(model).data): Model & { book: BookData } {
  const links = new Links(model);
  const known = pages ?? new Map<string, number>();
  const principles = principleEntries(model, links);
  const coverage = principles.map((p) => ({ number: p.number, name: p.name, anchor: p.anchor, count: p.linkedStories.length, stories: p.linkedStories }));
  const book: BookData = {
    newPage: options.storyStart === "page",
    keepStories: options.storyStart === "auto",
    paged: pages !== null,
    labels: options.labels,
    counts: {
      stories: model.stories.length,
      questions: model.questions.length,
      principlesCovered: model.principles.filter((p) => storiesOf(p, model).length > 0).length,
      principlesTotal: model.principles.length,
    },
    stories: storyEntries(model, options.labels, links, known),
    questions: questionEntries(model, links),
    principles: principles.filter((p) => !p.empty),
    emptyPrinciples: principles.filter((p) => p.empty).map((p) => p.name),
    notes: notesEntries(model, options.labels),
    sections: [...new Set(model.document.sections.map((s) => s.title).filter((t) => t.trim() !== ""))],
    unprinted,
    readiness,
    noStory: readiness.gaps.filter((p) => p.stories === 0).map((p) => p.name),
    fewStories: readiness.gaps.filter((p) => p.stories > 0).map((p) => p.name),
    coverage,
    pages: Object.fromEntries(SECTION_ANCHORS.map((name) => [name, known.get(name) ?? 0])),
  };
  return { ...model, book };
}
