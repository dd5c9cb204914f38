/**
 * Pure card geometry: sheet sizes, card rectangles, mirrored backs, offsets, cut marks.
 * Everything is in PDF points from the top-left of the page (pdfkit coordinates).
 */
import type { CardLayout, Duplex } from "../../../config.js";
import { mm, type Box } from "../typeset/index.js";

/** A straight line segment (cut mark or fold line). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Page and card sizes of a layout, in millimetres. */
interface LayoutSpec {
  page: [number, number];
  columns: number;
  rows: number;
  card: [number, number];
  /** Inner padding of a card: single-card pages need more, printers leave their edges blank. */
  padding: number;
}

/**
 * 8-up cards are smaller than a full eighth of the sheet (105 × 74.25 mm on A4) so that the
 * grid leaves a margin of 10 mm or more, where cut marks can be printed by ordinary printers.
 */
const LAYOUTS: Readonly<Record<CardLayout, LayoutSpec>> = {
  "a4-8": { page: [210, 297], columns: 2, rows: 4, card: [95, 68], padding: 4.5 },
  "letter-8": { page: [215.9, 279.4], columns: 2, rows: 4, card: [95, 64], padding: 4.5 },
  a7: { page: [105, 74], columns: 1, rows: 1, card: [105, 74], padding: 6 },
  "index-3x5": { page: [127, 76.2], columns: 1, rows: 1, card: [127, 76.2], padding: 6 },
};

/** Gap between a card corner and its cut mark, and the longest mark, in millimetres. */
const MARK_GAP = 1.5;
const MARK_LENGTH = 5;
/** Marks stay at least this far from the paper edge (most printers cannot print closer). */
const PRINTABLE_EDGE = 5;

/** One printed sheet: where each card's front and back go. */
export interface Sheet {
  /** Page size in points. */
  size: [number, number];
  /** Card rectangles in filling order. */
  fronts: Box[];
  /** `backs[i]` lies behind `fronts[i]`: on the next page, or beside it on the same page (fold). */
  backs: Box[];
  /** True when fronts and backs share one single-sided page. */
  fold: boolean;
  /** Inner padding of each card in points. */
  padding: number;
  cutMarks: Segment[];
  foldLine: Segment | null;
}

/** Returns the `columns` × `rows` grid of `card`-sized boxes centred on a page, row by row. */
export function gridBoxes(size: [number, number], columns: number, rows: number, card: [number, number]): Box[] {
  const x0 = (size[0] - columns * card[0]) / 2;
  const y0 = (size[1] - rows * card[1]) / 2;
  const boxes: Box[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      boxes.push({ x: x0 + column * card[0], y: y0 + row * card[1], width: card[0], height: card[1] });
    }
  }
  return boxes;
}

/** Returns the box where a card's back goes on a page of `size` flipped on its long or short edge. */
export function mirrorBox(box: Box, size: [number, number], flip: "long-edge" | "short-edge"): Box {
  if (flip === "long-edge") return { ...box, x: size[0] - box.x - box.width };
  return { ...box, y: size[1] - box.y - box.height };
}

/** Returns the box moved by `offset` millimetres (x to the right, y downwards). */
export function offsetBox(box: Box, offset: readonly [number, number]): Box {
  return { ...box, x: box.x + mm(offset[0]), y: box.y + mm(offset[1]) };
}

/** Returns the segment moved by `offset` millimetres (x to the right, y downwards). */
export function offsetSegment(s: Segment, offset: readonly [number, number]): Segment {
  const dx = mm(offset[0]);
  const dy = mm(offset[1]);
  return { x1: s.x1 + dx, y1: s.y1 + dy, x2: s.x2 + dx, y2: s.y2 + dy };
}

/** Returns the sheet of a layout printed in a duplex mode. */
export function sheetFor(layout: CardLayout, duplex: Duplex): Sheet {
  const spec = LAYOUTS[layout];
  const padding = mm(spec.padding);
  const card: [number, number] = [mm(spec.card[0]), mm(spec.card[1])];
  if (duplex !== "fold") {
    const size: [number, number] = [mm(spec.page[0]), mm(spec.page[1])];
    const fronts = gridBoxes(size, spec.columns, spec.rows, card);
    const backs = fronts.map((box) => mirrorBox(box, size, duplex));
    return { size, fronts, backs, fold: false, padding, cutMarks: cutMarks(fronts, size, []), foldLine: null };
  }
  // Fold: fronts in the left column, backs beside them; single-card layouts get a page twice as wide.
  const single = spec.columns === 1;
  const size: [number, number] = single ? [2 * mm(spec.page[0]), mm(spec.page[1])] : [mm(spec.page[0]), mm(spec.page[1])];
  const grid = gridBoxes(size, 2, spec.rows, card);
  const fronts = grid.filter((_, i) => i % 2 === 0);
  const backs = fronts.map((box) => mirrorBox(box, size, "long-edge"));
  const top = Math.min(...grid.map((b) => b.y));
  const bottom = Math.max(...grid.map((b) => b.y + b.height));
  const foldLine = { x1: size[0] / 2, y1: top, x2: size[0] / 2, y2: bottom };
  return { size, fronts, backs, fold: true, padding, cutMarks: cutMarks(grid, size, [size[0] / 2]), foldLine };
}

/** Returns the sorted distinct values, merging those closer than a hundredth of a point. */
function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.filter((v, i) => i === 0 || v - (sorted[i - 1] ?? v) > 0.01);
}

/**
 * Returns cut marks outside the card grid, in line with every card edge, so scissors or a
 * guillotine can follow them across the sheet. `skipX` holds vertical lines not to cut (fold).
 * A grid that fills the page (one card a page) gets none.
 */
export function cutMarks(cards: Box[], size: [number, number], skipX: number[]): Segment[] {
  if (cards.length === 0) return [];
  const left = Math.min(...cards.map((b) => b.x));
  const right = Math.max(...cards.map((b) => b.x + b.width));
  const top = Math.min(...cards.map((b) => b.y));
  const bottom = Math.max(...cards.map((b) => b.y + b.height));
  const xs = distinct(cards.flatMap((b) => [b.x, b.x + b.width])).filter((x) => !skipX.some((s) => Math.abs(s - x) < 0.01));
  const ys = distinct(cards.flatMap((b) => [b.y, b.y + b.height]));
  const gap = mm(MARK_GAP);
  const room = (margin: number) => Math.min(mm(MARK_LENGTH), margin - gap - mm(PRINTABLE_EDGE));
  const vertical = room(Math.min(top, size[1] - bottom));
  const horizontal = room(Math.min(left, size[0] - right));
  const marks: Segment[] = [];
  if (vertical > 0) {
    for (const x of xs) {
      marks.push({ x1: x, y1: top - gap - vertical, x2: x, y2: top - gap });
      marks.push({ x1: x, y1: bottom + gap, x2: x, y2: bottom + gap + vertical });
    }
  }
  if (horizontal > 0) {
    for (const y of ys) {
      marks.push({ x1: left - gap - horizontal, y1: y, x2: left - gap, y2: y });
      marks.push({ x1: right + gap, y1: y, x2: right + gap + horizontal, y2: y });
    }
  }
  return marks;
}

/** Where a card's text goes: the body box and the footer line for deck name and number. */
export interface CardAreas {
  body: Box;
  footer: Box;
}

/** Returns the body and footer boxes inside a card, `padding` in from its edges. */
export function cardAreas(card: Box, padding: number, footerHeight: number): CardAreas {
  const inner = { x: card.x + padding, y: card.y + padding, width: card.width - 2 * padding, height: card.height - 2 * padding };
  const gap = footerHeight * 0.6;
  return {
    body: { ...inner, height: inner.height - footerHeight - gap },
    footer: { x: inner.x, y: inner.y + inner.height - footerHeight, width: inner.width, height: footerHeight },
  };
}
