/** storybook.pdf: measured first (body, then the front with its page numbers), then drawn page by page with furniture and bookmarks. */
import type { PdfOptions } from "../../../config.js";
import { diagnostic, type Diagnostic } from "../../../diagnostics.js";
import type { Block } from "../../../markdown/types.js";
import type { BookBlocks, BookDocument } from "../../../products/types.js";
import type { EmitOutput } from "../../types.js";
import { createPdf, type PdfDocument } from "../typeset/index.js";
import { addBookmarks, drawPageFurniture } from "./furniture.js";
import { drawBook, frontPages, geometry, measureBody, measureFront, type Geometry, type MeasuredBody } from "./pages.js";

/** Layout passes allowed for the front's page numbers to agree with where the stories land. */
const MAX_PASSES = 4;

/** Returns storybook.pdf. */
export async function emitBook(document: BookDocument, options: PdfOptions): Promise<EmitOutput> {
  const { layout, path } = document.template;
  const geo = geometry(layout, options.paper ?? layout.paper);
  const pdf = await createPdf({ size: geo.size, info: document.info });
  const plan = planBook(pdf, document, geo);
  const furniture = (page: number): void => {
    if (!(plan.cover && page === 0)) drawPageFurniture(pdf, geo, document.info.title, page, plan.measured.total);
  };
  drawBook(pdf, { body: plan.body, front: plan.front, reserved: plan.measured.reserved, furniture }, geo);
  if (pdf.pageCount !== plan.measured.total) throw new Error(`storybook drawn on ${pdf.pageCount} pages, measured on ${plan.measured.total}`);
  addBookmarks(pdf, document.outline, plan.measured.pages);
  const diagnostics: Diagnostic[] = [];
  if (!plan.stable) {
    const message = `Contents page numbers still moved after ${plan.passes} layout passes; some may be off by a page`;
    diagnostics.push(diagnostic("warning", { file: path }, message, "storybook-contents-unsettled"));
  }
  const pages = pdf.pageCount;
  const missingGlyphs = pdf.missingGlyphs.map(({ char, codePoint }) => ({ char, codePoint }));
  const bytes = await pdf.end();
  const stories = document.storyCount;
  return { files: [{ file: "storybook.pdf", bytes }], pages, summary: `${stories} ${stories === 1 ? "story" : "stories"} on ${pages} pages`, missingGlyphs, diagnostics };
}

/** Where the book's parts land, measured: the body and front to draw, and whether the front's page numbers settled. */
interface BookPlan {
  measured: MeasuredBody;
  body: Block[];
  /** The front placed into the reserved pages; undefined when the last pass left them blank. */
  front: Block[] | undefined;
  cover: boolean;
  passes: number;
  stable: boolean;
}

/**
 * Measures the body behind pages reserved for the front, then the front with the body's page numbers.
 * Repeats when the front needs a different number of pages, or when the body itself prints page numbers that moved.
 * Only one rendering of the body is held at a time: a body whose markdown did not move is the same body.
 */
function planBook(pdf: PdfDocument, document: BookDocument, geo: Geometry): BookPlan {
  let pages: ReadonlyMap<string, number> = new Map();
  let parts: BookBlocks | undefined = document.render(pages);
  let reserved = frontPages(pdf, parts.front, geo);
  for (let pass = 1; ; pass++) {
    const measured = measureBody(pdf, parts.body, reserved, geo);
    const key = parts.bodyKey;
    parts = undefined;
    const next: BookBlocks = document.render(measured.pages);
    const bodyMoved = next.bodyKey !== key;
    const rendered = new Map(measured.pages);
    const front = bodyMoved ? undefined : measureFront(pdf, measured, next.front, geo);
    const plan = { measured, front: front ? next.front : undefined, cover: front?.cover ?? false, passes: pass };
    if (front?.fits) return { ...plan, body: next.body, stable: true };
    // The body drawn is the one measured: rendered again with the page numbers it was rendered with when it moved since.
    if (pass >= MAX_PASSES) return { ...plan, body: bodyMoved ? document.render(pages).body : next.body, stable: false };
    if (!bodyMoved) reserved = frontPages(pdf, next.front, geo);
    parts = next;
    pages = rendered;
  }
}
