/**
 * Test helper: the HTML emitter's inputs made from real notes with today's code (model, templates,
 * markdown blocks), and the three pages written, fonts embedded, into a fresh folder.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bookHtml, deckHtml, sheetHtml, withSharedFonts, type BookInput, type DeckCard, type DeckInput, type SheetInput } from "../../../src/emit/html/index.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";
import { splitRegions } from "../../../src/products/cheatsheet/regions.js";
import { CARD_KINDS } from "../../../src/config.js";
import { collectCards, type CardSpec } from "../../../src/products/flashcards/cards.js";
import { cardData } from "../../../src/products/flashcards/templates.js";
import { bookData } from "../../../src/products/storybook/data.js";
import { bookOptions } from "../../../src/products/storybook/options.js";
import { loadTemplate } from "../../../src/templates/index.js";
import { parseMarkdown } from "../../../src/typeset/blocks.js";

/** The repository's `content/` folder: the bundled example notes. */
export const CONTENT = fileURLToPath(new URL("../../../content", import.meta.url));

/** The three pages' inputs (without fonts) for one set of notes, and the model they came from. */
export interface Inputs {
  model: Model;
  sheet: SheetInput;
  deck: DeckInput;
  book: BookInput;
}

/** Returns the text of a default file in `templates/html/`. */
export function htmlTemplate(name: "style.css" | "deck.js"): Promise<string> {
  return readFile(new URL(`../../../templates/html/${name}`, import.meta.url), "utf8");
}

/** Returns the inputs of the three pages for the notes at `path` (a file or a folder). */
export async function inputsFor(path: string): Promise<Inputs> {
  const { model } = await loadModel([path], { cwd: process.cwd() });
  if (!model) throw new Error(`no model for ${path}`);
  const base = { lang: model.document.language, css: await htmlTemplate("style.css"), fontCss: "" };
  const title = model.document.title;
  const regions = splitRegions(loadTemplate("cheatsheet").render(model));
  const sheet: SheetInput = {
    ...base,
    title: title || "Interview cheat sheet",
    header: parseMarkdown(regions.header),
    body: parseMarkdown(regions.body),
    footer: parseMarkdown(regions.footer),
  };
  const deck: DeckInput = {
    ...base,
    title: title || "Flashcards",
    script: await htmlTemplate("deck.js"),
    cards: deckCards(model),
    principles: model.principles.map(({ id, name }) => ({ id, name })),
  };
  const template = loadTemplate("storybook");
  const options = bookOptions(template.layout.extra, model.document.language, template.path);
  const book: BookInput = { ...base, title: title || options.labels.bookTitle, blocks: parseMarkdown(template.render(bookData(model, options, new Map()))) };
  return { model, sheet, deck, book };
}

/** Returns every card of the default deck, rendered through the card templates. */
function deckCards(model: Model): DeckCard[] {
  const front = loadTemplate("flashcards-front");
  const back = loadTemplate("flashcards-back");
  return collectCards(model, CARD_KINDS, null).cards.map((spec) => ({
    id: spec.id,
    kind: spec.kind,
    principleIds: principlesOf(model, spec),
    front: parseMarkdown(front.render(cardData(model, spec))),
    back: parseMarkdown(back.render(cardData(model, spec))),
  }));
}

/** Returns the ids of the principles a card is about, linked from either side (as the PDF deck's filter does). */
function principlesOf(model: Model, spec: CardSpec): string[] {
  const { principle, question, story } = spec;
  if (principle) return [principle.id];
  const own = question?.principles ?? story?.principles ?? [];
  const linking = model.principles.filter((p) => (question && p.questions.includes(question.id)) || (story && p.stories.includes(story.id)));
  return [...new Set([...own, ...linking.map((p) => p.id)])];
}

/** Paths of the three pages written by `writePages`. */
export interface Pages {
  dir: string;
  sheet: string;
  deck: string;
  book: string;
}

/** Writes the three pages, sharing one font subset as a build would, into a fresh folder; returns their paths. */
export async function writePages(inputs: Inputs, prefix = "html-pages-"): Promise<Pages> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const pages = { dir, sheet: join(dir, "cheatsheet.html"), deck: join(dir, "flashcards.html"), book: join(dir, "storybook.html") };
  const [sheet = "", deck = "", book = ""] = await withSharedFonts([
    (fontCss) => sheetHtml({ ...inputs.sheet, fontCss }),
    (fontCss) => deckHtml({ ...inputs.deck, fontCss }),
    (fontCss) => bookHtml({ ...inputs.book, fontCss }),
  ]);
  await Promise.all([writeFile(pages.sheet, sheet), writeFile(pages.deck, deck), writeFile(pages.book, book)]);
  return pages;
}
