/// <reference types="pdfkit" />
/** Executes layout ops on a pdfkit document. */
import type { FontMetrics } from "./fonts.js";
import type { Op } from "./ops.js";
import { writeFillColour, writeText } from "./text-stream.js";
import type { RunStyle } from "../../../markdown/types.js";

/** Returns the registered pdfkit font name of a face in a style. */
export function fontKey(face: number, style: RunStyle): string {
  return `face${face}${style.bold ? "b" : "r"}`;
}

/** Draws one text op piece by piece (each piece in the first face that has its glyphs). */
export function drawText(doc: PDFKit.PDFDocument, metrics: FontMetrics, op: Extract<Op, { op: "text" }>): void {
  let x = op.x;
  if (!writeFillColour(doc, op.color)) doc.fillColor(op.color);
  const oblique = op.style.italic ? 12 : false;
  for (const piece of metrics.resolve(op.text).pieces) {
    const font = metrics.fontOf(piece.face, op.style);
    const top = op.baseline - (font.ascent / font.unitsPerEm) * op.size;
    doc.font(fontKey(piece.face, op.style));
    if (!writeText(doc, Reflect.get(doc, "_font"), op.size, piece.text, x, top, oblique)) {
      doc.fontSize(op.size).text(piece.text, x, top, { lineBreak: false, oblique });
    }
    x += metrics.pieceWidth(piece.text, piece.face, op.style, op.size);
  }
}

/** Draws layout ops; anchors become named destinations (links to "#name" go to them). */
export function drawOps(doc: PDFKit.PDFDocument, metrics: FontMetrics, ops: readonly Op[]): void {
  for (const op of ops) {
    switch (op.op) {
      case "text":
        drawText(doc, metrics, op);
        break;
      case "rect":
        doc.rect(op.x, op.y, op.width, op.height).fill(op.fill);
        break;
      case "line":
        doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.width).strokeColor(op.color).stroke();
        break;
      case "link":
        linkBox(doc, op.x, op.y, op.width, op.height, op.target);
        break;
      case "anchor":
        doc.addNamedDestination(op.name, "XYZ", null, op.y, null);
        break;
    }
  }
}

/** Adds a clickable area: "#name" goes to a named destination, anything else is a URL. */
export function linkBox(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, target: string): void {
  if (target.startsWith("#")) doc.goTo(x, y, width, height, target.slice(1));
  else doc.link(x, y, width, height, target);
}
