/** Simple GFM tables and horizontal rules. */
import { drawLines, layoutLines, lineHeightAt, type Placed, type TextOptions } from "./paragraph.js";
import { COLORS, type LayoutContext, type Op } from "./ops.js";
import type { Block, Run } from "../../../markdown/types.js";
import { append, largest } from "../../../arrays.js";

type TableBlock = Extract<Block, { kind: "table" }>;

/** Lays a table row by row; the header is repeated above the rest when a table is split. */
export function placeTable(table: TableBlock, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const size = ctx.fontSize * ctx.scale * 0.95;
  const widths = columnWidths(table, width, size, ctx);
  const ops: Op[] = [];
  const header = rowOps(table.header, widths, x, y, size, ctx, true);
  if (header.height > avail + 0.01 && !force) return { ops: [], height: 0, rest: table };
  append(ops, header.ops).push(rule(x, y + header.height, width, 0.8));
  let used = header.height;
  let count = 0;
  for (const row of table.rows) {
    const r = rowOps(row, widths, x, y + used, size, ctx, false);
    if (used + r.height > avail + 0.01 && !(force && count === 0)) break;
    append(ops, r.ops).push(rule(x, y + used + r.height, width, 0.3));
    used += r.height;
    count += 1;
  }
  if (count === 0 && table.rows.length > 0) return { ops: [], height: 0, rest: table };
  const rest: Block | null = count < table.rows.length ? { ...table, rows: table.rows.slice(count) } : null;
  return { ops, height: used, rest };
}

function rule(x: number, y: number, width: number, lineWidth: number): Op {
  return { op: "line", x1: x, y1: y, x2: x + width, y2: y, width: lineWidth, color: COLORS.rule };
}

function columnWidths(table: TableBlock, width: number, size: number, ctx: LayoutContext): number[] {
  const natural = table.header.map((_, col) => {
    const cells = [table.header[col], ...table.rows.map((row) => row[col])];
    return Math.max(size * 2, largest(cells.map((runs) => textWidth(runs ?? [], size, ctx))));
  });
  const total = natural.reduce((a, b) => a + b, 0) || 1;
  const floor = width / natural.length / 3;
  const raw = natural.map((n) => Math.max(floor, (n / total) * width));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => (w / sum) * width);
}

function textWidth(runs: Run[], size: number, ctx: LayoutContext): number {
  return runs.reduce((w, run) => w + ctx.metrics.width(run.text, run, size), 0) + size;
}

function rowOps(cells: Run[][], widths: number[], x: number, y: number, size: number, ctx: LayoutContext, bold: boolean): { ops: Op[]; height: number } {
  const pad = size * 0.3;
  const opts: TextOptions = { size, bold, justify: false };
  const tight = { ...ctx, lineHeight: Math.min(ctx.lineHeight, 1.4) };
  const lh = lineHeightAt(size, tight);
  let cx = x;
  let lines = 0;
  const ops: Op[] = [];
  widths.forEach((w, col) => {
    const cellLines = layoutLines(cells[col] ?? [], w - 2 * pad, tight, opts);
    append(ops, drawLines(cellLines, cx + pad, y + pad, w - 2 * pad, tight, opts));
    lines = Math.max(lines, cellLines.length, 1);
    cx += w;
  });
  return { ops, height: lines * lh + 2 * pad };
}

/** Lays a horizontal rule. */
export function placeRule(x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const h = ctx.fontSize * ctx.scale * 0.8;
  if (h > avail && !force) return { ops: [], height: 0, rest: { kind: "hr" } };
  return { ops: [rule(x, y + h / 2, width, 0.6)], height: h, rest: null };
}
