/** Test helpers for flashcards: build a deck in memory and read its pages. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveSettings } from "../../../src/config.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";
import { readPdf, type PdfItem, type PdfPage } from "../../pdf.js";
import { buildPdf, type BuiltPdf } from "../build-pdf.js";

/** The example notes of the first user (Korean). */
export { NOTES_KO } from "../../examples.js";

/** A piece of text on a page, in points from the top-left; `y` is the baseline. */
export type Item = PdfItem;

/** A page: its size and its non-blank text items. */
export type Page = Pick<PdfPage, "width" | "height" | "items">;

/** Returns the model of a notes file. */
export async function modelOf(file: string): Promise<Model> {
  const { model } = await loadModel([file], { cwd: process.cwd() });
  if (!model) throw new Error(`no model for ${file}`);
  return model;
}

/** Builds flashcards for `model` with command-line style options (e.g. `{ cardLayout: "a7" }`). */
export async function buildDeck(model: Model, options: Record<string, unknown> = {}): Promise<BuiltPdf> {
  const cwd = mkdtempSync(join(tmpdir(), "flashcards-"));
  return buildPdf(model, "flashcards", resolveSettings(cwd, ["notes.md"], options));
}

/** Returns every page of a PDF with its non-blank text items. */
export async function readPages(bytes: Uint8Array): Promise<Page[]> {
  return (await readPdf(bytes)).pages.map(({ width, height, items }) => ({ width, height, items: items.filter((i) => i.str.trim() !== "") }));
}

/** Millimetres in points. */
export const MM = 72 / 25.4;

/** Returns the card label items (`12/48`) of a page. */
export function labels(page: Page): Item[] {
  return page.items.filter((i) => /^\d+\/\d+$/.test(i.str));
}
