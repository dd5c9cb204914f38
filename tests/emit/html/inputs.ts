/**
 * Test helper: the HTML emitter's inputs made from real notes with today's code (model, templates,
 * markdown blocks), and the three pages written, fonts embedded, into a fresh folder.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { productDocument } from "../../../src/build.js";
import { resolveSettings } from "../../../src/config.js";
import { bookHtml, bookInput, deckHtml, deckInput, pageBase, sheetHtml, sheetInput, withSharedFonts, type BookInput, type DeckInput, type SheetInput } from "../../../src/emit/html/index.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";

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

/** Returns the inputs of the three pages for the notes at `path` (a file or a folder), made by the real products. */
export async function inputsFor(path: string): Promise<Inputs> {
  const { model, sources } = await loadModel([path], { cwd: process.cwd() });
  if (!model) throw new Error(`no model for ${path}`);
  const settings = resolveSettings(process.cwd(), [path], {});
  const documents = await Promise.all((["cheatsheet", "flashcards", "storybook"] as const).map((product) => productDocument(model, product, settings, sources)));
  const [sheetDoc, deckDoc, bookDoc] = documents;
  if (sheetDoc?.kind !== "sheet" || deckDoc?.kind !== "deck" || bookDoc?.kind !== "book") throw new Error("products in an unexpected order");
  const sheet: SheetInput = { ...sheetInput(sheetDoc, pageBase(sheetDoc, settings.html)), fontCss: "" };
  const deck: DeckInput = { ...deckInput(deckDoc, pageBase(deckDoc, settings.html), await htmlTemplate("deck.js")), fontCss: "" };
  const book: BookInput = { ...bookInput(bookDoc, pageBase(bookDoc, settings.html)), fontCss: "" };
  return { model, sheet, deck, book };
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
