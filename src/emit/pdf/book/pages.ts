/**
 * Lays the rendered book out. The front (cover, then contents) is set last: the body is laid out
 * first, behind pages reserved for the front, so the contents can print where each story landed.
 * The cover (the front up to its first page break) is set low on page 1.
 */
import type { Block } from "../../../markdown/types.js";
import type { LayoutSettings } from "../../../templates/index.js";
import { PAPER_SIZES, createPdf, marginsInPoints, type FlowResult, type PdfDocument, type PdfInfo, type TextSettings } from "../typeset/index.js";

/** Page geometry and text settings of the book, in points. */
export interface Geometry {
  size: [number, number];
  margins: { top: number; right: number; bottom: number; left: number };
  text: TextSettings;
}

/** The body laid out behind `reserved` blank pages, and the 1-based page of every anchor in it. */
export interface LaidBody {
  pdf: PdfDocument;
  reserved: number;
  pages: Map<string, number>;
}

/** Returns the book's geometry from the template layout and the chosen paper. */
export function geometry(layout: LayoutSettings, paper: "a4" | "letter"): Geometry {
  const [width, height] = PAPER_SIZES[paper];
  return {
    size: [width, height],
    margins: marginsInPoints(layout.margins),
    text: { fontSize: layout.fontSize, lineHeight: layout.lineHeight, paragraphGap: layout.fontSize * 0.55, align: "left" },
  };
}

/** Splits the front's blocks at its first page break: the cover before it, the contents after. */
function splitCover(blocks: Block[]): { cover: Block[]; rest: Block[] } {
  const index = blocks.findIndex((b) => b.kind === "page");
  if (index < 0) return { cover: [], rest: blocks };
  return { cover: blocks.slice(0, index), rest: blocks.slice(index + 1) };
}

function textBox(geo: Geometry, cover: boolean) {
  const { margins, size } = geo;
  const top = cover ? size[1] * 0.3 : margins.top;
  return { x: margins.left, y: top, width: size[0] - margins.left - margins.right, height: size[1] - top - margins.bottom };
}

/** Returns how many pages the front takes, laid out in a scratch document. */
export async function frontPages(front: Block[], geo: Geometry): Promise<number> {
  if (front.length === 0) return 0;
  const pdf = await createPdf({ size: geo.size });
  const { cover, rest } = splitCover(front);
  let blocks = rest;
  if (cover.length > 0) {
    pdf.addPage();
    blocks = [...pdf.layoutInBoxes(cover, [textBox(geo, true)], geo.text).overflow, ...rest];
  }
  if (blocks.length > 0) {
    pdf.addPage();
    pdf.flowPages(blocks, { margins: geo.margins, columns: 1, gap: 0 }, geo.text);
  }
  return pdf.pageCount;
}

/** Lays the body out in a new document after `reserved` blank pages. */
export async function layOutBody(body: readonly Block[], reserved: number, geo: Geometry, info: PdfInfo): Promise<LaidBody> {
  const pdf = await createPdf({ size: geo.size, info });
  for (let i = 0; i <= reserved; i++) pdf.addPage();
  const blocks = [...body];
  // The reserved pages already end with a break, so a leading page break or rule would only add a blank.
  while (blocks[0]?.kind === "page" || blocks[0]?.kind === "hr") blocks.shift();
  const flowed = pdf.flowPages(blocks, { margins: geo.margins, columns: 1, gap: 0 }, geo.text);
  const pages = new Map<string, number>();
  for (const anchor of flowed.anchors) if (!pages.has(anchor.name)) pages.set(anchor.name, anchor.page + 1);
  return { pdf, reserved, pages };
}

/** Adds the anchors a front layout placed to the book's pages; returns what did not fit. */
function record(book: LaidBody, result: FlowResult): Block[] {
  for (const anchor of result.anchors) if (!book.pages.has(anchor.name)) book.pages.set(anchor.name, anchor.page + 1);
  return result.overflow;
}

/** Lays the front into the reserved pages, page by page; `fits` is false when it needs more or fewer pages. */
export function placeFront(book: LaidBody, front: Block[], geo: Geometry): { fits: boolean; cover: boolean } {
  const { cover, rest } = splitCover(front);
  let blocks = rest;
  let page = 0;
  if (cover.length > 0) {
    if (book.reserved === 0) return { fits: false, cover: true };
    book.pdf.switchToPage(page++);
    blocks = [...record(book, book.pdf.layoutInBoxes(cover, [textBox(geo, true)], geo.text)), ...rest];
  }
  for (; page < book.reserved && blocks.length > 0; page++) {
    book.pdf.switchToPage(page);
    blocks = record(book, book.pdf.layoutInBoxes(blocks, [textBox(geo, false)], geo.text));
  }
  return { fits: blocks.length === 0 && page === book.reserved, cover: cover.length > 0 };
}
