/**
 * The model of a user's notes. `prep-print model --json` prints exactly this shape,
 * and templates receive it as their data: field names here are the template contract.
 */

/** Where something came from: a file (as given on the command line) and a 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** The four parts of a STAR story, in order. */
export const STAR_PARTS = ["situation", "task", "action", "result"] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** Language the notes are mostly written in; chooses labels such as 상황 vs Situation. */
export type Language = "ko" | "en";

/** A piece of the user's text that is none of the structured fields, kept verbatim. */
export interface Note {
  /** Markdown, as written (indentation normalised). */
  text: string;
  source: SourceRef;
}

/** A section of the notes that is not questions, stories or principles. */
export interface Section {
  /** The section's heading words, e.g. `지원 과정`. */
  title: string;
  /** What the section holds: `questions`, `principles`, `stories` or `other`. */
  kind: "questions" | "principles" | "stories" | "other";
  /** Markdown body of the section. */
  text: string;
  source: SourceRef;
}

export interface DocumentInfo {
  title: string;
  author: string;
  role: string;
  company: string;
  /** Interview date as written (ISO `YYYY-MM-DD` when front matter gave a date). */
  date: string;
  language: Language;
  /** Catalogue id, e.g. `amazon-lp`. */
  catalogue: string;
  /** The files read, in order. */
  files: string[];
  /** Every section of the notes in order; the text of `other` sections, and any loose text of the rest. */
  sections: Section[];
  /** Loose text that belongs to no entry (e.g. prose before the first section). */
  notes: Note[];
  /** Front matter keys prep-print does not use, kept as written. */
  meta: Record<string, string>;
}

export interface Principle {
  /** Slug from the catalogue, e.g. `customer-obsession`. */
  id: string;
  /** Display name from the catalogue, e.g. `Customer Obsession`. */
  name: string;
  /** Other names people use (Korean names included). */
  aliases: string[];
  /** How the user wrote the name where it differs from `name` (`cusomer obsession`). */
  writtenAs: string[];
  /** 1-based position in the catalogue. */
  number: number;
  /** What the user wrote under the principle's name, first paragraph (markdown). */
  definition: string;
  /** A one-line hook: the user's table hook or the first sentence of the definition; "" if none. */
  hook: string;
  /** The user's further notes under this principle (markdown). */
  notes: Note[];
  /** Ids of stories tagged with this principle. */
  stories: string[];
  /** Ids of questions linked to this principle. */
  questions: string[];
  /** Where the user wrote about it, if they did. */
  source: SourceRef | null;
}

export interface Story {
  /** Stable slug made from the title, unique in the model. */
  id: string;
  title: string;
  /** Principle ids. */
  principles: string[];
  situation: string;
  task: string;
  action: string;
  result: string;
  /** The STAR parts that are empty, in STAR order. */
  missing: StarPart[];
  /**
   * What the writer learned, written after the result (`Learned:`, `배운 점:`); "" if none.
   */
  lesson: string;
  /** Why the story fits its principles, written after the result (`Why it fits:`); "" if none. */
  fit: string;
  /** Text kept with the story that is not one of its parts (markdown). */
  notes: Note[];
  /** Ids of questions this story answers. */
  questions: string[];
  source: SourceRef;
}

export interface Question {
  /** Stable id, e.g. `q3` or a slug. */
  id: string;
  /** The number the user gave it when the numbers tell the questions apart; otherwise its position in the notes. */
  number: number;
  text: string;
  /** The question in the notes' other language, written under it (an English question's Korean line); "" if none (always set by the reader). */
  translation: string;
  /** The whole answer as markdown ("" when unanswered). */
  answer: string;
  /** Top-level answer points (sub-items), plain text. */
  points: string[];
  /** Principle ids. */
  principles: string[];
  /** Story ids. */
  stories: string[];
  source: SourceRef;
}

export interface Model {
  document: DocumentInfo;
  /** Every principle of the catalogue, in catalogue order. */
  principles: Principle[];
  questions: Question[];
  stories: Story[];
}
