/** Printed cards → pages: fronts, then mirrored backs (or both on one page for fold), marks and labels. */
import type { Box, PdfDocument, TextSettings } from "../typeset/index.js";
import { cardAreas, offsetBox, offsetSegment, type Segment, type Sheet } from "./geometry.js";
import type { Face, PrintedCard } from "./plan.js";

/** Size of the deck name and card number, in points. */
const LABEL_SIZE = 6.5;
/** Height of a card's footer line, in points. */
export const FOOTER_HEIGHT = LABEL_SIZE * 1.3;
const LABEL_COLOR = "#555555";
const MARK_COLOR = "#000000";

/** How the sides are typeset and labelled. */
export interface DrawOptions {
  sheet: Sheet;
  front: TextSettings;
  back: TextSettings;
  /** The deck name and the size it fits its place at. */
  deck: { text: string; size: number };
  /** Shift of everything on back pages, millimetres (x right, y down). */
  backOffset: readonly [number, number];
}

/** Draws every card, a sheet at a time; returns the number of sheets. */
export function drawDeck(pdf: PdfDocument, cards: PrintedCard[], options: DrawOptions): number {
  const { sheet } = options;
  const perSheet = sheet.fronts.length;
  const sheets = Math.max(1, Math.ceil(cards.length / perSheet));
  for (let s = 0; s < sheets; s++) {
    const onSheet = cards.slice(s * perSheet, (s + 1) * perSheet);
    const first = s * perSheet + 1;
    // The lines of the cards on earlier sheets are not needed again (see CARDS_PER_CACHE).
    pdf.ageLines();
    pdf.addPage(sheet.size);
    drawMarks(pdf, sheet, [0, 0]);
    onSheet.forEach((card, i) => drawSide(pdf, card.front, box(sheet.fronts, i), options.front, options, first + i, cards.length, true));
    if (!sheet.fold) {
      pdf.addPage(sheet.size);
      drawMarks(pdf, sheet, options.backOffset);
    }
    const offset = sheet.fold ? ([0, 0] as const) : options.backOffset;
    onSheet.forEach((card, i) => {
      drawSide(pdf, card.back, offsetBox(box(sheet.backs, i), offset), options.back, options, first + i, cards.length, false);
    });
  }
  return sheets;
}

function box(boxes: Box[], index: number): Box {
  const found = boxes[index];
  if (!found) throw new Error(`No card slot ${index} on the sheet`);
  return found;
}

function drawMarks(pdf: PdfDocument, sheet: Sheet, offset: readonly [number, number]): void {
  const line = (s: Segment, dash?: number) => pdf.line(s.x1, s.y1, s.x2, s.y2, { width: 0.4, color: MARK_COLOR, dash });
  for (const mark of sheet.cutMarks) line(offsetSegment(mark, offset));
  if (sheet.foldLine) line(offsetSegment(sheet.foldLine, offset), 3);
}

/** Draws one side of a card: its body text (centred top to bottom on a front), then deck name (left) and card number (right) in the footer. */
function drawSide(pdf: PdfDocument, face: Face, card: Box, text: TextSettings, options: DrawOptions, n: number, total: number, middle: boolean): void {
  const { body, footer } = cardAreas(card, options.sheet.padding, FOOTER_HEIGHT);
  if (face.blocks.length > 0) {
    const height = middle ? Math.min(pdf.measure(face.blocks, body.width, text, face.scale), body.height) : body.height;
    const top = body.y + (body.height - height) / 2;
    pdf.layoutInBoxes(face.blocks, [{ ...body, y: top, height: body.height - (top - body.y) }], text, face.scale);
  }
  const label = { size: LABEL_SIZE, color: LABEL_COLOR };
  pdf.text(options.deck.text, footer.x, footer.y + (LABEL_SIZE - options.deck.size) * 0.8, { ...label, size: options.deck.size });
  pdf.text(`${n}/${total}`, footer.x, footer.y, { ...label, width: footer.width, align: "right" });
}

/** Returns the deck name at the label size, or smaller so that it fits `width` on one line: never shortened. */
export function deckLabel(pdf: PdfDocument, deck: string, width: number): { text: string; size: number } {
  const natural = pdf.textWidth(deck, LABEL_SIZE);
  return { text: deck, size: natural <= width ? LABEL_SIZE : (LABEL_SIZE * width) / natural };
}
