/**
 * What a product says, in no particular format: its document info and its content as markdown
 * blocks, rendered from its templates. Emitters (src/emit/) decide how each is laid out.
 */
import type { Block } from "../markdown/types.js";
import type { Language } from "../model/types.js";
import type { LayoutSettings } from "../templates/index.js";
import type { CardSpec } from "./flashcards/cards.js";

/** What every format says about the document: the PDF info dictionary, the HTML head. */
export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  language: Language;
}

/** A template as emitters need it: its file (for messages) and the layout settings of its front matter. */
export interface TemplateLayout {
  path: string;
  layout: LayoutSettings;
}

/** A rendering of the cheat sheet: a header, a body in columns and a footer strip. */
export interface SheetRegions {
  header: Block[];
  body: Block[];
  footer: Block[];
}

/** The cheat sheet, rendered at each level of detail, most detailed first (a format that scrolls takes the first). */
export interface SheetDocument {
  kind: "sheet";
  name: "cheatsheet";
  info: DocumentInfo;
  template: TemplateLayout;
  variants: SheetRegions[];
  /** A sheet of a few principles only (one interview round): set larger, in fewer columns. */
  round: boolean;
  /** The index of the variant that only summarises (counts and first titles), used when no other fits; null when the template has none. */
  summary: number | null;
}

/** One card: its front (rendered per part when a card continues over several) and its back. */
export interface DeckCard {
  spec: CardSpec;
  /** The principles the card is about: its own, and those that link to its question or story. */
  principleIds: string[];
  front(part: number, parts: number): Block[];
  back: Block[];
}

/** The flashcards: a card per question, principle and story. */
export interface DeckDocument {
  kind: "deck";
  name: "flashcards";
  info: DocumentInfo;
  front: TemplateLayout;
  back: TemplateLayout;
  cards: DeckCard[];
  /** Questions with no text, given no card. */
  emptyQuestions: number;
  /** Principles the notes say nothing about, given no card. */
  emptyPrinciples: number;
  /** Every principle of the catalogue, for filters. */
  principles: { id: string; name: string }[];
}

/** The book's blocks for one set of page numbers: the front (cover, contents) and the body. */
export interface BookBlocks {
  front: Block[];
  body: Block[];
  /** The body's markdown: equal keys mean equal bodies, so a layout pass can stop. */
  bodyKey: string;
}

/** A bookmark: a title, the anchor it goes to, and bookmarks nested under it. */
export interface OutlineEntry {
  title: string;
  anchor: string;
  children: OutlineEntry[];
}

/** The story book: rendered again once page numbers are known (null: a format without pages). */
export interface BookDocument {
  kind: "book";
  name: "storybook";
  info: DocumentInfo;
  template: TemplateLayout;
  render(pages: ReadonlyMap<string, number> | null): BookBlocks;
  outline: OutlineEntry[];
  /** How many stories the book holds, for the summary line. */
  storyCount: number;
}

/** What any product gives an emitter. */
export type ProductDocument = SheetDocument | DeckDocument | BookDocument;
