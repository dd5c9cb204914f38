/** Test helpers for flashcards: build a deck in memory and read its text with positions (pdfjs-dist). */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { resolveSettings } from "../../../src/config.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";
import { buildFlashcards } from "../../../src/products/flashcards/index.js";
import type { ProductOutput } from "../../../src/products/types.js";

/** The example notes of the first user (Korean). */
export { NOTES_KO } from "../../examples.js";

/** A piece of text on a page, in points from the top-left; `y` is the baseline. */
export interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A page: its size and text items. */
export interface Page {
  width: number;
  height: number;
  items: Item[];
}

/** Returns the model of a notes file. */
export async function modelOf(file: string): Promise<Model> {
  const { model } = await loadModel([file], { cwd: process.cwd() });
  if (!model) throw new Error(`no model for ${file}`);
  return model;
}

/** Builds flashcards for `model` with command-line style options (e.g. `{ cardLayout: "a7" }`). */
export async function buildDeck(model: Model, options: Record<string, unknown> = {}): Promise<ProductOutput> {
  const cwd = mkdtempSync(join(tmpdir(), "flashcards-"));
  return buildFlashcards({ model, settings: resolveSettings(cwd, ["notes.md"], options) });
}

/** Returns every page of a PDF with its text items. */
export async function readPages(bytes: Uint8Array): Promise<Page[]> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str.trim() === "") continue;
      items.push({ str: item.str, x: item.transform[4] as number, y: height - (item.transform[5] as number), width: item.width, height: item.height });
    }
    pages.push({ width, height, items });
  }
  await pdf.destroy();
  return pages;
}

/** Millimetres in points. */
export const MM = 72 / 25.4;

/** Returns the card label items (`12/48`) of a page. */
export function labels(page: Page): Item[] {
  return page.items.filter((i) => /^\d+\/\d+$/.test(i.str));
}
