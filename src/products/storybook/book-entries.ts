/** The story book's entries as the template sees them: stories, questions, principles, other notes. */
import { STAR_PARTS, type Model, type Note, type Principle, type Question, type StarPart, type Story } from "../../model/types.js";
import { ownAnswer } from "../answers.js";
import { storyIsAbout } from "../about.js";
import type { Labels } from "./options.js";

/** A STAR part ready to print: its label, its text, and whether it is missing. */
export interface PartEntry {
  part: StarPart;
  label: string;
  text: string;
  missing: boolean;
}

/** A link to a story, a question or a principle inside the book. */
export interface Link {
  number: number;
  title: string;
  anchor: string;
}

/** A story as the template sees it: the model's story plus its place in the book. */
export interface StoryEntry extends Story {
  number: number;
  anchor: string;
  page: number;
  /** The tagged principles' names joined with " · " ("" when untagged). */
  tags: string;
  parts: PartEntry[];
  /** The questions it answers. */
  asked: Link[];
}

/** A question as the template sees it, with its anchor and the stories linked to it. */
export interface QuestionEntry extends Question {
  anchor: string;
  /** The answer without the items that only name a linked story (those print as the story). */
  ownAnswer: string;
  linked: Link[];
}

/** A principle as the template sees it: what the user wrote about it and what is linked to it. */
export interface PrincipleEntry extends Principle {
  anchor: string;
  /** The hook when it says more than the definition already does; "" otherwise. */
  ownHook: string;
  /** The names the user wrote for it that are not its name or id (typos, other languages). */
  aka: string[];
  linkedStories: Link[];
  linkedQuestions: Link[];
  /** Nothing written, linked or asked about it yet. */
  empty: boolean;
}

/** A section of notes that belongs to no story, question or principle. */
export interface NotesEntry {
  title: string;
  text: string;
}

/** Returns the anchor name of the story at 0-based `index` (ids may be Hangul; anchors stay ASCII). */
export const storyAnchor = (index: number): string => `story-${index + 1}`;

/** Returns the anchor name of the question at 0-based `index`. */
export const questionAnchor = (index: number): string => `question-${index + 1}`;

/** Returns the anchor name of a principle. */
export const principleAnchor = (principle: Principle): string => `principle-${principle.number}`;

/** Returns the ids of the stories tagged with a principle (from either side of the link). */
export function storiesOf(principle: Principle, model: Model): string[] {
  return model.stories.filter((s) => storyIsAbout(s, [principle])).map((s) => s.id);
}

/** Finds stories and questions by id and gives their links. */
export class Links {
  private readonly stories: Map<string, Link>;
  private readonly questions: Map<string, Link>;

  constructor(model: Model) {
    this.stories = new Map(model.stories.map((s, i) => [s.id, { number: i + 1, title: s.title, anchor: storyAnchor(i) }]));
    this.questions = new Map(model.questions.map((q, i) => [q.id, { number: q.number, title: q.text, anchor: questionAnchor(i) }]));
  }

  /** Returns the links of the stories with these ids. */
  toStories(ids: readonly string[]): Link[] {
    return ids.flatMap((id) => this.stories.get(id) ?? []);
  }

  /** Returns the links of the questions with these ids. */
  toQuestions(ids: readonly string[]): Link[] {
    return ids.flatMap((id) => this.questions.get(id) ?? []);
  }
}

/** Returns the stories, numbered, with their parts labelled and page numbers from `pages`. */
export function storyEntries(model: Model, labels: Labels, links: Links, pages: ReadonlyMap<string, number>): StoryEntry[] {
  const names = new Map(model.principles.map((p) => [p.id, p.name]));
  return model.stories.map((story, i) => {
    const anchor = storyAnchor(i);
    const parts = STAR_PARTS.map((part) => ({ part, label: labels[part], text: story[part], missing: story[part].trim() === "" }));
    const tags = story.principles.map((id) => names.get(id) ?? id).join(" · ");
    return { ...story, number: i + 1, anchor, page: pages.get(anchor) ?? 0, tags, parts, asked: links.toQuestions(story.questions) };
  });
}

/** Returns the questions with their anchors, own answers and linked stories. */
export function questionEntries(model: Model, links: Links): QuestionEntry[] {
  return model.questions.map((question, i) => {
    const linked = links.toStories(question.stories);
    return { ...question, anchor: questionAnchor(i), ownAnswer: ownAnswer(question.answer, linked.map((l) => l.title)), linked };
  });
}

/** Returns every principle of the catalogue with what the notes say about it. */
export function principleEntries(model: Model, links: Links): PrincipleEntry[] {
  return model.principles.map((principle) => {
    const linkedStories = links.toStories(storiesOf(principle, model));
    const linkedQuestions = links.toQuestions(principle.questions);
    const ownHook = principle.hook !== "" && !principle.definition.includes(principle.hook) ? principle.hook : "";
    const written = principle.definition !== "" || ownHook !== "" || principle.notes.length > 0;
    const empty = !written && linkedStories.length === 0 && linkedQuestions.length === 0;
    const same = (name: string) => [principle.name, principle.id].some((known) => fold(known) === fold(name));
    const aka = principle.writtenAs.filter((name) => !same(name));
    return { ...principle, anchor: principleAnchor(principle), ownHook, aka, linkedStories, linkedQuestions, empty };
  });
}

function fold(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Returns the document's other sections and loose notes, each with the text the user wrote. */
export function notesEntries(model: Model, labels: Labels): NotesEntry[] {
  const loose: Note[] = model.document.notes;
  const sections = model.document.sections.filter((s) => s.text.trim() !== "").map((s) => ({ title: s.title, text: s.text }));
  return loose.length === 0 ? sections : [{ title: labels.notes, text: loose.map((n) => n.text).join("\n\n") }, ...sections];
}
