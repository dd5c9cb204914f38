/** The data the story book template receives: the model plus `book` (numbered stories, anchors, page numbers, coverage). */
import { STAR_PARTS, type Model, type Principle, type Question, type StarPart, type Story } from "../../model/types.js";
import type { BookOptions, Labels } from "./options.js";

/** A STAR part ready to print: its label, its text, and whether it is missing. */
export interface PartEntry {
  part: StarPart;
  label: string;
  text: string;
  missing: boolean;
}

/** A story as the template sees it: the model's story plus its place in the book. */
export interface StoryEntry extends Story {
  number: number;
  anchor: string;
  page: number;
  /** The tagged principles' names joined with " · " ("" when untagged). */
  tags: string;
  parts: PartEntry[];
  /** The questions it answers, resolved. */
  asked: { number: number; anchor: string; text: string }[];
}

/** A question as the template sees it, with its anchor and the stories linked to it. */
export interface QuestionEntry extends Question {
  anchor: string;
  linked: { title: string; anchor: string }[];
}

/** One coverage table: a chunk of principle columns, a row per story with a mark per column. */
export interface CoverageChunk {
  principles: { number: number; name: string }[];
  rows: { number: number; title: string; anchor: string; marks: string[] }[];
}

/** Everything the template reads under `book`. */
export interface BookData {
  newPage: boolean;
  labels: Labels;
  counts: { stories: number; questions: number; principlesCovered: number; principlesTotal: number };
  stories: StoryEntry[];
  questions: QuestionEntry[];
  legend: { number: number; name: string; storyCount: number }[];
  coverage: CoverageChunk[];
  /** Page numbers of the fixed sections (`contents`, `coverage`, `questions`). */
  pages: Record<string, number>;
}

/** The mark drawn in a coverage cell where a story is tagged with a principle. */
const MARK = "●";

/** Named destinations of the fixed sections. */
const SECTION_ANCHORS = ["contents", "coverage", "questions"] as const;

/** Returns the anchor name of the story at 0-based `index` (ids may be Hangul; anchors stay ASCII). */
export const storyAnchor = (index: number): string => `story-${index + 1}`;

/** Returns the anchor name of the question at 0-based `index`. */
export const questionAnchor = (index: number): string => `question-${index + 1}`;

/** Returns the template data; `pages` maps anchor names to 1-based page numbers (0 when not known yet). */
export function bookData(model: Model, options: BookOptions, pages: ReadonlyMap<string, number>): Model & { book: BookData } {
  const principleById = new Map(model.principles.map((p) => [p.id, p]));
  const questionIndex = new Map(model.questions.map((q, i) => [q.id, i]));
  const storyIndex = new Map(model.stories.map((s, i) => [s.id, i]));
  const stories = model.stories.map((story, i): StoryEntry => {
    const anchor = storyAnchor(i);
    const tags = story.principles.map((id) => principleById.get(id)?.name ?? id).join(" · ");
    const parts = STAR_PARTS.map((part) => ({ part, label: options.labels[part], text: story[part], missing: story[part].trim() === "" }));
    const asked = story.questions.flatMap((id) => {
      const index = questionIndex.get(id);
      const question = index === undefined ? undefined : model.questions[index];
      return question && index !== undefined ? [{ number: question.number, anchor: questionAnchor(index), text: question.text }] : [];
    });
    return { ...story, number: i + 1, anchor, page: pages.get(anchor) ?? 0, tags, parts, asked };
  });
  const questions = model.questions.map((question, i): QuestionEntry => {
    const linked = question.stories.flatMap((id) => {
      const index = storyIndex.get(id);
      const story = index === undefined ? undefined : model.stories[index];
      return story && index !== undefined ? [{ title: story.title, anchor: storyAnchor(index) }] : [];
    });
    return { ...question, anchor: questionAnchor(i), linked };
  });
  const covered = model.principles.filter((p) => storiesOf(p, model).length > 0);
  const book: BookData = {
    newPage: options.storyStart === "page",
    labels: options.labels,
    counts: { stories: stories.length, questions: questions.length, principlesCovered: covered.length, principlesTotal: model.principles.length },
    stories,
    questions,
    legend: model.principles.map((p) => ({ number: p.number, name: p.name, storyCount: storiesOf(p, model).length })),
    coverage: coverageChunks(model, options.coverageColumns),
    pages: Object.fromEntries(SECTION_ANCHORS.map((name) => [name, pages.get(name) ?? 0])),
  };
  return { ...model, book };
}

/** Returns the ids of the stories tagged with a principle (from either side of the link). */
export function storiesOf(principle: Principle, model: Model): string[] {
  return model.stories.filter((s) => s.principles.includes(principle.id) || principle.stories.includes(s.id)).map((s) => s.id);
}

/** Returns the coverage tables: stories as rows, principles as numbered columns, `size` columns per table. */
function coverageChunks(model: Model, size: number): CoverageChunk[] {
  const chunks: CoverageChunk[] = [];
  for (let start = 0; start < model.principles.length; start += size) {
    const principles = model.principles.slice(start, start + size);
    const tagged = principles.map((p) => new Set(storiesOf(p, model)));
    chunks.push({
      principles: principles.map((p) => ({ number: p.number, name: p.name })),
      rows: model.stories.map((story, i) => ({
        number: i + 1,
        title: story.title,
        anchor: storyAnchor(i),
        marks: tagged.map((ids) => (ids.has(story.id) ? MARK : "")),
      })),
    });
  }
  return chunks;
}
