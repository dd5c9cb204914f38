/** storybook.pdf: the body laid out first, the front (cover, contents) set with its page numbers, then furniture and bookmarks. */
import type { PdfOptions } from "../../../config.js";
import { diagnostic, type Diagnostic } from "../../../diagnostics.js";
import type { BookBlocks, BookDocument } from "../../../products/types.js";
import type { EmitOutput } from "../../types.js";
import { addBookmarks, drawPageFurniture } from "./furniture.js";
import { frontPages, geometry, layOutBody, placeFront, type Geometry, type LaidBody } from "./pages.js";

/** Layout passes allowed for the front's page numbers to agree with where the stories land. */
const MAX_PASSES = 4;

/** Returns storybook.pdf. */
export async function emitBook(document: BookDocument, options: PdfOptions): Promise<EmitOutput> {
  const { layout, path } = document.template;
  const geo = geometry(layout, options.paper ?? layout.paper);
  const { book, cover, passes, stable } = await layOutBook(document, geo);
  drawPageFurniture(book.pdf, geo, document.info.title, cover);
  addBookmarks(book.pdf, document.outline, book.pages);
  const diagnostics: Diagnostic[] = [];
  if (!stable) {
    const message = `Contents page numbers still moved after ${passes} layout passes; some may be off by a page`;
    diagnostics.push(diagnostic("warning", { file: path }, message, "storybook-contents-unsettled"));
  }
  const pages = book.pdf.pageCount;
  const missingGlyphs = book.pdf.missingGlyphs.map(({ char, codePoint }) => ({ char, codePoint }));
  const bytes = await book.pdf.end();
  const stories = document.storyCount;
  return { files: [{ file: "storybook.pdf", bytes }], pages, summary: `${stories} ${stories === 1 ? "story" : "stories"} on ${pages} pages`, missingGlyphs, diagnostics };
}

/**
 * Lays the body out behind pages reserved for the front, then sets the front with the body's page numbers.
 * Repeats when the front needs a different number of pages, or when the body itself prints page numbers that moved.
 */
async function layOutBook(document: BookDocument, geo: Geometry): Promise<{ book: LaidBody; cover: boolean; passes: number; stable: boolean }> {
  let parts: BookBlocks = document.render(new Map());
  let reserved = await frontPages(parts.front, geo);
  for (let pass = 1; ; pass++) {
    const book = await layOutBody(parts.body, reserved, geo, document.info);
    const next = document.render(book.pages);
    const bodyMoved = next.bodyKey !== parts.bodyKey;
    const front = bodyMoved ? undefined : placeFront(book, next.front, geo);
    if (front?.fits) return { book, cover: front.cover, passes: pass, stable: true };
    if (pass >= MAX_PASSES) return { book, cover: front?.cover ?? false, passes: pass, stable: false };
    if (!bodyMoved) reserved = await frontPages(next.front, geo);
    parts = next;
  }
}
