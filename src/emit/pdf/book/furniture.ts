/** What is drawn around the text: running header and `n / N` footer on every page but the cover, and the bookmarks. */
import type { OutlineEntry } from "../../../products/types.js";
import type { OutlineHandle, PdfDocument } from "../typeset/index.js";
import type { Geometry } from "./pages.js";

const MUTED = "#5b6470";

/** Draws the running header (the document title) and the number `page + 1` of `total` on the current page, page `page` (0-based). */
export function drawPageFurniture(pdf: PdfDocument, geo: Geometry, title: string, page: number, total: number): void {
  const { margins, size } = geo;
  const width = size[0] - margins.left - margins.right;
  const headerY = Math.max(margins.top * 0.45, 8);
  const footerY = size[1] - margins.bottom * 0.6;
  pdf.text(title, margins.left, headerY, { size: 8, width, align: "left", color: MUTED });
  pdf.line(margins.left, headerY + 13, margins.left + width, headerY + 13, { width: 0.4 });
  pdf.text(`${page + 1} / ${total}`, margins.left, footerY, { size: 8, width, align: "center", color: MUTED });
}

/** Adds the outline as bookmarks, each to the page of its anchor; an entry whose anchor is on no page is left out with its children. */
export function addBookmarks(pdf: PdfDocument, outline: readonly OutlineEntry[], pages: ReadonlyMap<string, number>, parent?: OutlineHandle): void {
  for (const entry of outline) {
    const page = pages.get(entry.anchor);
    if (page === undefined) continue;
    const handle = pdf.addOutline(entry.title, page - 1, parent);
    addBookmarks(pdf, entry.children, pages, handle);
  }
}
