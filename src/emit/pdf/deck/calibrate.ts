/** Draws the duplex calibration sheet: crosses with millimetre scales on the front, crosses alone on the back. */
import type { CardLayout, Duplex } from "../../../config.js";
import { createPdf, mm, type Box, type PdfDocument } from "../typeset/index.js";
import { backCrosses, frontCrosses, offsetSigns, type Cross } from "./calibration.js";
import { sheetFor } from "./geometry.js";

/** The scale reaches this many millimetres each way from a cross. */
const REACH = 6;
const INK = "#000000";
const BACK_INK = "#c0392b";

/** What the sheet is printed for. */
export interface CalibrationOptions {
  cardLayout: CardLayout;
  duplex: Duplex;
  /** The offset already in use, in millimetres: the back is drawn with it, so the sheet checks it. */
  backOffset: readonly [number, number];
}

/** Returns the calibration PDF: one sheet, front and back (or one page with both halves for fold). */
export async function calibrationPdf(options: CalibrationOptions): Promise<Uint8Array> {
  const sheet = sheetFor(options.cardLayout, options.duplex);
  const pdf = await createPdf({ size: sheet.size, info: { title: "Duplex calibration", subject: `${options.cardLayout}, ${options.duplex}` } });
  pdf.addPage();
  const signs = offsetSigns(options.duplex);
  for (const cross of frontCrosses(sheet)) drawScale(pdf, cross, signs);
  const first = sheet.fronts[0];
  if (first) explain(pdf, first, options);
  if (!sheet.fold) pdf.addPage();
  for (const cross of backCrosses(sheet, options.duplex, options.backOffset)) drawCross(pdf, cross, BACK_INK, mm(4));
  return pdf.end();
}

function drawCross(pdf: PdfDocument, cross: Cross, color: string, arm: number): void {
  pdf.line(cross.x - arm, cross.y, cross.x + arm, cross.y, { width: 0.35, color });
  pdf.line(cross.x, cross.y - arm, cross.x, cross.y + arm, { width: 0.35, color });
  pdf.text(cross.label, cross.x - mm(5), cross.y - mm(5), { size: 4, color });
}

/** Draws a cross with a tick every millimetre along both arms (longer every 2), labelled at 4 and 6 mm with the offset to type. */
function drawScale(pdf: PdfDocument, cross: Cross, signs: [number, number]): void {
  drawCross(pdf, cross, INK, mm(REACH));
  for (let n = -REACH; n <= REACH; n++) {
    if (n === 0) continue;
    const tick = mm(n % 2 === 0 ? 1.2 : 0.6);
    const at = mm(n);
    pdf.line(cross.x + at, cross.y - tick, cross.x + at, cross.y + tick, { width: 0.2, color: INK });
    pdf.line(cross.x - tick, cross.y + at, cross.x + tick, cross.y + at, { width: 0.2, color: INK });
    if (Math.abs(n) < 4 || n % 2 !== 0) continue;
    // x values under the horizontal arm, y values left of the vertical one: apart, even near the centre.
    pdf.text(String(n * signs[0]), cross.x + at - mm(1.2), cross.y + mm(1.8), { size: 3.5, color: INK, width: mm(2.4), align: "center" });
    pdf.text(String(n * signs[1]), cross.x - mm(5.4), cross.y + at - mm(0.6), { size: 3.5, color: INK, width: mm(3.6), align: "right" });
  }
}

/** Writes how to read the sheet in the middle of the first card, clear of its crosses. */
function explain(pdf: PdfDocument, card: Box, options: CalibrationOptions): void {
  const lines = [
    `Print double-sided (${options.duplex}) at 100 %,`,
    "not \"fit to page\"; hold it to the light.",
    "Each red cross on the back should sit on",
    "its black cross. Where it sits instead, the",
    "black scale's numbers are your --back-offset x,y.",
    options.backOffset.some((v) => v !== 0) ? `(It already moves the back ${options.backOffset.join(",")} mm: add what you read.)` : "",
  ];
  const top = card.y + card.height / 2 - (lines.length * 7) / 2;
  lines.forEach((line, i) => pdf.text(line, card.x, top + i * 7, { size: 5.5, color: "#333333", width: card.width, align: "center" }));
}
