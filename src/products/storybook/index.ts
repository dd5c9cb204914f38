/** The story book: cover, linked contents, one story per page (or after a rule), coverage table and questions. */
import { diagnostic, type Diagnostic } from "../../diagnostics.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import type { PdfInfo } from "../../typeset/index.js";
import type { BuildProduct } from "../types.js";
import { bookData, storiesOf } from "./data.js";
import { addBookmarks, drawPageFurniture } from "./decorate.js";
import { frontPages, geometry, layOutBody, placeFront, splitFront, type Geometry, type LaidBody } from "./layout.js";
import { bookOptions, type BookOptions } from "./options.js";

/** Layout passes allowed for the front's page numbers to agree with where the stories land. */
const MAX_PASSES = 4;

/** Builds `storybook.pdf`; throws DiagnosticError for template errors. */
export const buildStorybook: BuildProduct = async ({ model, settings }) => {
  const template = loadTemplate("storybook", { templatesDir: settings.templatesDir ?? undefined });
  const options = bookOptions(template.layout.extra, model.document.language, template.path);
  const geo = geometry(template.layout, settings.paper ?? template.layout.paper);
  const info = pdfInfo(model, options);
  const { book, cover, passes, stable } = await layOutBook(model, options, geo, info, template.render);
  drawPageFurniture(book.pdf, geo, info.title ?? "", cover);
  addBookmarks(book.pdf, model, options.labels, book.pages);
  const diagnostics: Diagnostic[] = [];
  if (!stable) {
    const message = `Contents page numbers still moved after ${passes} layout passes; some may be off by a page`;
    diagnostics.push(diagnostic("warning", { file: template.path }, message, "storybook-contents-unsettled"));
  }
  const pages = book.pdf.pageCount;
  const missingGlyphs = book.pdf.missingGlyphs.map(({ char, codePoint }) => ({ char, codePoint }));
  const bytes = await book.pdf.end();
  const summary = `${model.stories.length} ${model.stories.length === 1 ? "story" : "stories"} on ${pages} pages`;
  return { file: "storybook.pdf", bytes, pages, summary, missingGlyphs, diagnostics };
};

/**
 * Lays the body out behind pages reserved for the front, then sets the front with the body's page numbers.
 * Repeats when the front needs a different number of pages, or when the body itself prints page numbers that moved.
 */
async function layOutBook(
  model: Model,
  options: BookOptions,
  geo: Geometry,
  info: PdfInfo,
  render: (data: object) => string,
): Promise<{ book: LaidBody; cover: boolean; passes: number; stable: boolean }> {
  let parts = splitFront(render(bookData(model, options, new Map())));
  let reserved = await frontPages(parts.front, geo);
  for (let pass = 1; ; pass++) {
    const book = await layOutBody(parts.body, reserved, geo, info);
    const next = splitFront(render(bookData(model, options, book.pages)));
    const bodyMoved = next.body !== parts.body;
    const front = bodyMoved ? undefined : placeFront(book, next.front, geo);
    if (front?.fits) return { book, cover: front.cover, passes: pass, stable: true };
    if (pass >= MAX_PASSES) return { book, cover: front?.cover ?? false, passes: pass, stable: false };
    if (!bodyMoved) reserved = await frontPages(next.front, geo);
    parts = next;
  }
}

/** Returns the PDF metadata: title, author, subject, and the covered principles' names as keywords. */
function pdfInfo(model: Model, options: BookOptions): PdfInfo {
  const doc = model.document;
  const about = [doc.role, doc.company].filter((s) => s !== "").join(" · ");
  const covered = model.principles.filter((p) => storiesOf(p, model).length > 0).map((p) => p.name);
  return {
    title: doc.title || options.labels.bookTitle,
    author: doc.author,
    subject: about ? `${options.labels.bookTitle}: ${about}` : options.labels.bookTitle,
    keywords: covered,
  };
}
