/** Test helper: builds the story book of a notes file and reads the PDF back. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveSettings } from "../../../src/config.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";
import { defaultLabels, type Labels } from "../../../src/products/storybook/options.js";
import { readPdf as read, type Bookmark, type LinkArea } from "../../pdf.js";
import { buildPdf, type BuiltPdf } from "../build-pdf.js";

export { squash } from "../../pdf.js";

/** A piece of text on a page; `x`, `y` from the bottom-left (as PDF rects are), `size` the font size. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  size: number;
}

/** The book as the tests read it: page height, each page's text and links, bookmarks and metadata. */
export interface ReadPdf {
  height: number;
  pages: TextItem[][];
  links: LinkArea[][];
  bookmarks: Bookmark[];
  info: Record<string, unknown>;
}

/** A built book: the model, the product output, the PDF as read back, and the default labels of its language. */
export interface Built {
  model: Model;
  output: BuiltPdf;
  pdf: ReadPdf;
  labels: Labels;
}

/** Returns the book's text with y measured from the bottom, so link rectangles and text share one frame. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await read(bytes);
  const height = pdf.pages.at(-1)?.height ?? 0;
  const pages = pdf.pages.map((page) => page.items.map(({ str, x, y, size }) => ({ str, x, y: page.height - y, size })));
  return { height, pages, links: pdf.pages.map((page) => page.links), bookmarks: pdf.bookmarks, info: pdf.info };
}

/** Builds the story book of a notes file in a fresh folder; `options` as the command line would give them. */
export async function buildBook(notes: string, options: Record<string, unknown> = {}): Promise<Built> {
  const cwd = await mkdtemp(join(tmpdir(), "storybook-test-"));
  const loaded = await loadModel([notes], { cwd });
  if (!loaded.model) throw new Error(`no model for ${notes}`);
  const output = await buildPdf(loaded.model, "storybook", resolveSettings(cwd, [notes], options));
  return { model: loaded.model, output, pdf: await readPdf(output.bytes), labels: defaultLabels(loaded.model.document.language) };
}
