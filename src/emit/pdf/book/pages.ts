/**
 * Lays the rendered book out. The front (cover, then contents) prints where each story landed, so
 * the book is measured first: the body behind pages reserved for the front, then the front into
 * those pages. Then it is drawn once, page by page from the first, each page finished before the
 * next (see PdfDocument). The cover (the front up to its first page break) is set low on page 1.
 */
import type { Block } from "../../../markdown/types.js";
import type { LayoutSettings } from "../../../templates/index.js";
import { PAPER_SIZES, marginsInPoints, type FlowResult, type Frame, type PdfDocument, type TextSettings } from "../typeset/index.js";

/** Page geometry and text settings of the book, in points. */
export interface Geometry {
  size: [number, number];
  margins: { top: number; right: number; bottom: number; left: number };
  text: TextSettings;
}

/** Where the body lands behind `reserved` pages for the front: the book's page count and the 1-based page of every anchor in it. */
export interface MeasuredBody {
  reserved: number;
  total: number;
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

function pageFrame(geo: Geometry): Frame {
  return { margins: geo.margins, columns: 1, gap: 0 };
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

/** Returns how many pages the front takes on its own: the cover's page, then the rest flowed over pages. */
export function frontPages(pdf: PdfDocument, front: Block[], geo: Geometry): number {
  if (front.length === 0) return 0;
  const { cover, rest } = splitCover(front);
  let blocks = rest;
  let pages = 0;
  if (cover.length > 0) {
    pages = 1;
    blocks = [...pdf.measureInBoxes(cover, [textBox(geo, true)], geo.text, 0).overflow, ...rest];
  }
  if (blocks.length > 0) pages = pdf.measurePages(blocks, pageFrame(geo), geo.text, pages).lastPage + 1;
  return pages;
}

/** The body as it is laid out: the reserved pages already end with a break, so a leading page break or rule would only add a blank. */
function bodyBlocks(body: readonly Block[]): Block[] {
  const blocks = [...body];
  while (blocks[0]?.kind === "page" || blocks[0]?.kind === "hr") blocks.shift();
  return blocks;
}

/** Measures the body laid out after `reserved` pages (it starts on page `reserved`, 0-based). */
export function measureBody(pdf: PdfDocument, body: readonly Block[], reserved: number, geo: Geometry): MeasuredBody {
  const flowed = pdf.measurePages(bodyBlocks(body), pageFrame(geo), geo.text, reserved);
  const pages = new Map<string, number>();
  for (const anchor of flowed.anchors) if (!pages.has(anchor.name)) pages.set(anchor.name, anchor.page + 1);
  return { reserved, total: flowed.lastPage + 1, pages };
}

/** Adds the anchors a front layout placed to the book's pages; returns what did not fit. */
function record(body: MeasuredBody, result: FlowResult): Block[] {
  for (const anchor of result.anchors) if (!body.pages.has(anchor.name)) body.pages.set(anchor.name, anchor.page + 1);
  return result.overflow;
}

/** Measures the front laid into the reserved pages, page by page, adding its anchors to `body.pages`; `fits` is false when it needs more or fewer pages. */
export function measureFront(pdf: PdfDocument, body: MeasuredBody, front: Block[], geo: Geometry): { fits: boolean; cover: boolean } {
  const { cover, rest } = splitCover(front);
  let blocks = rest;
  let page = 0;
  if (cover.length > 0) {
    if (body.reserved === 0) return { fits: false, cover: true };
    blocks = [...record(body, pdf.measureInBoxes(cover, [textBox(geo, true)], geo.text, page++)), ...rest];
  }
  for (; page < body.reserved && blocks.length > 0; page++) {
    blocks = record(body, pdf.measureInBoxes(blocks, [textBox(geo, false)], geo.text, page));
  }
  return { fits: blocks.length === 0 && page === body.reserved, cover: cover.length > 0 };
}

/** What to draw: the body, the front (undefined: the reserved pages stay blank), and what to draw on each page after its text. */
export interface BookDrawing {
  body: readonly Block[];
  front: Block[] | undefined;
  reserved: number;
  furniture: (page: number) => void;
}

/** Draws the book page by page: the front into the reserved pages (as `measureFront` placed it), then the body. */
export function drawBook(pdf: PdfDocument, book: BookDrawing, geo: Geometry): void {
  const { cover, rest } = book.front ? splitCover(book.front) : { cover: [], rest: [] };
  let blocks = rest;
  for (let page = 0; page < book.reserved; page++) {
    pdf.addPage();
    if (book.front && page === 0 && cover.length > 0) blocks = [...pdf.layoutInBoxes(cover, [textBox(geo, true)], geo.text).overflow, ...rest];
    else if (book.front && blocks.length > 0) blocks = pdf.layoutInBoxes(blocks, [textBox(geo, false)], geo.text).overflow;
    book.furniture(page);
  }
  pdf.addPage();
  pdf.flowPages(bodyBlocks(book.body), pageFrame(geo), geo.text, 1, { onPageEnd: book.furniture });
  book.furniture(pdf.pageCount - 1);
}
