/** Geometry of the one-page sheet: header across the top, body columns, footer strip; and the fit search. */
import type { Block } from "../../../markdown/types.js";
import type { LayoutSettings } from "../../../templates/index.js";
import { PAPER_SIZES, frameBoxes, marginsInPoints, searchScale, type Box, type PdfDocument, type TextSettings } from "../typeset/index.js";
import type { SheetOptions } from "./template-keys.js";
import { append } from "../../../arrays.js";

/** The parsed blocks of each region. */
export interface SheetBlocks {
  header: Block[];
  body: Block[];
  footer: Block[];
}

/** The fixed frame of the page in points. */
export interface SheetFrame {
  size: [number, number];
  margins: { top: number; right: number; bottom: number; left: number };
  columns: number;
  options: SheetOptions;
}

/** Where each region goes at one scale. */
export interface SheetPlan {
  scale: number;
  header: Box;
  body: Box[];
  footer: Box[];
}

/** Returns the frame of a sheet on `paper` with the template's margins (mm → points) and columns. */
export function sheetFrame(paper: "a4" | "letter", layout: LayoutSettings, options: SheetOptions): SheetFrame {
  const [width, height] = PAPER_SIZES[paper];
  return { size: [width, height], margins: marginsInPoints(layout.margins), columns: layout.columns, options };
}

/** Returns true when `blocks` fit in `boxes` at exactly `scale`. */
function fitsAt(doc: PdfDocument, blocks: Block[], boxes: Box[], text: TextSettings, scale: number): boolean {
  return doc.fit(blocks, boxes, text, { minScale: scale, maxScale: scale }).fits;
}

/** Returns the footer's column boxes at `scale`, as low as the content allows, resting on the bottom margin. */
function footerBoxes(doc: PdfDocument, blocks: Block[], frame: SheetFrame, text: TextSettings, scale: number): Box[] {
  if (blocks.length === 0) return [];
  const { size, margins, options } = frame;
  const n = options.footerColumns;
  const width = (size[0] - margins.left - margins.right - options.columnGap * (n - 1)) / n;
  const total = doc.measure(blocks, width, text, scale);
  const step = text.fontSize * text.lineHeight * scale;
  const boxesOf = (height: number): Box[] =>
    frameBoxes([size[0], size[1] - margins.bottom], { ...margins, top: size[1] - margins.bottom - height, bottom: 0 }, n, options.columnGap);
  for (let height = total / n; height < total; height += step / 2) {
    const boxes = boxesOf(height);
    if (fitsAt(doc, blocks, boxes, text, scale)) return boxes;
  }
  return boxesOf(total);
}

/** Returns the boxes of every region at `scale`; the body boxes have no height when header and footer fill the page. */
export function planAt(doc: PdfDocument, blocks: SheetBlocks, frame: SheetFrame, text: TextSettings, scale: number): SheetPlan {
  const { size, margins, options } = frame;
  const width = size[0] - margins.left - margins.right;
  const gap = options.regionGap * scale;
  const headerHeight = blocks.header.length > 0 ? doc.measure(blocks.header, width, text, scale) : 0;
  const footer = footerBoxes(doc, blocks.footer, frame, text, scale);
  const top = margins.top + (headerHeight > 0 ? headerHeight + gap : 0);
  const footerTop = footer[0]?.y ?? size[1] - margins.bottom;
  const bottom = footer.length > 0 ? footerTop - gap : footerTop;
  const body = frameBoxes([size[0], Math.max(bottom, top)], { ...margins, top, bottom: 0 }, frame.columns, options.columnGap);
  return { scale, header: { x: margins.left, y: margins.top, width, height: headerHeight }, body, footer };
}

/** Returns the plan with the body boxes the content actually fills, or null when the body does not fit. */
function fittedPlan(doc: PdfDocument, blocks: SheetBlocks, plan: SheetPlan, text: TextSettings): SheetPlan | null {
  if ((plan.body[0]?.height ?? 0) <= 0) return null;
  return fitsAt(doc, blocks.body, plan.body, text, plan.scale) ? plan : null;
}

/** Returns the plan at the largest scale in [min, max] at which the sheet fits, or the plan at `min` with fits=false. */
export function searchSheet(doc: PdfDocument, blocks: SheetBlocks, frame: SheetFrame, text: TextSettings, min: number, max: number): { plan: SheetPlan; fits: boolean } {
  // The plan at the scale the search settles on was made while searching.
  const tried = new Map<number, SheetPlan | null>();
  const at = (scale: number): SheetPlan | null => {
    let plan = tried.get(scale);
    if (plan === undefined) {
      plan = fittedPlan(doc, blocks, planAt(doc, blocks, frame, text, scale), text);
      tried.set(scale, plan);
    }
    return plan;
  };
  const found = searchScale((scale) => at(scale) !== null, min, max, 0.01);
  const plan = found.fits ? at(found.scale) : null;
  return plan === null ? { plan: planAt(doc, blocks, frame, text, found.scale), fits: false } : { plan, fits: true };
}

/**
 * Returns the plan with the body columns as short and even as the content allows and the footer moved up
 * under them, so a sheet that does not need the whole page reads as one block instead of one long column.
 */
export function balancePlan(doc: PdfDocument, blocks: SheetBlocks, plan: SheetPlan, text: TextSettings, regionGap: number): SheetPlan {
  const full = plan.body[0]?.height ?? 0;
  const columnsOf = (height: number): Box[] => plan.body.map((box) => ({ ...box, height }));
  let lo = 0;
  let hi = full;
  while (hi - lo > 2) {
    const mid = (lo + hi) / 2;
    if (fitsAt(doc, blocks.body, columnsOf(mid), text, plan.scale)) hi = mid;
    else lo = mid;
  }
  const best = hi === full ? plan.body : columnsOf(hi);
  const first = best[0];
  if (first === undefined) return plan;
  const footerTop = first.y + hi + regionGap * plan.scale;
  const shift = (plan.footer[0]?.y ?? footerTop) - footerTop;
  return { ...plan, body: best, footer: plan.footer.map((box) => ({ ...box, y: box.y - shift })) };
}

/** Draws the regions of a fitting plan and the hairlines between them; returns the blocks nothing could place. */
export function drawSheet(doc: PdfDocument, blocks: SheetBlocks, plan: SheetPlan, frame: SheetFrame, text: TextSettings): Block[] {
  const left: Block[] = [];
  if (blocks.header.length > 0) append(left, doc.layoutInBoxes(blocks.header, [plan.header], text, plan.scale).overflow);
  append(left, doc.layoutInBoxes(blocks.body, plan.body, text, plan.scale).overflow);
  if (blocks.footer.length > 0) append(left, doc.layoutInBoxes(blocks.footer, plan.footer, text, plan.scale).overflow);
  if (frame.options.rules) drawRules(doc, plan, frame);
  return left;
}

function drawRules(doc: PdfDocument, plan: SheetPlan, frame: SheetFrame): void {
  const gap = frame.options.regionGap * plan.scale;
  const first = plan.body[0];
  const last = plan.body.at(-1);
  if (first === undefined || last === undefined) return;
  const right = last.x + last.width;
  if (plan.header.height > 0) doc.line(first.x, first.y - gap / 2, right, first.y - gap / 2, { width: 0.8 });
  const footerTop = plan.footer[0]?.y;
  if (footerTop !== undefined) doc.line(first.x, footerTop - gap / 2, right, footerTop - gap / 2, { width: 0.8 });
  const height = Math.max(...plan.body.map((box) => box.height));
  for (const box of plan.body.slice(0, -1)) {
    const x = box.x + box.width + frame.options.columnGap / 2;
    doc.line(x, first.y, x, first.y + height, { width: 0.3 });
  }
}
