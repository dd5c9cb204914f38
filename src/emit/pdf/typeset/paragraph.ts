/** Paragraphs and headings: runs → lines → text ops. */
import type { LinesFrom } from "./cache.js";
import { LineBreaker, type Line } from "./linebreak.js";
import { COLORS, type LayoutContext, type Op } from "./ops.js";
import type { Block, Run, RunStyle } from "../../../markdown/types.js";
import { segmentRuns, sliceRuns } from "./words.js";

/** A block laid into a region: what was drawn, its height, and what did not fit. */
export interface Placed {
  ops: Op[];
  height: number;
  rest: Block | null;
}

/** Options of a run of lines. */
export interface TextOptions {
  size: number;
  bold?: boolean;
  justify: boolean;
  /** Each line centred in the width (card fronts). */
  center?: boolean;
  color?: string;
}

/** Returns the lines of `runs` at a width and size (from `ctx.lines` when the context has a cache). */
export function layoutLines(runs: readonly Run[], width: number, ctx: LayoutContext, opts: TextOptions): readonly Line[] {
  const make = lineMaker(runs, width, ctx, opts);
  return ctx.lines ? ctx.lines.lines(runs, lineKey(width, opts), make) : make().all();
}

/** Returns the lines of a paragraph, or of the rest of one, from the whole's lines when they are known (see `LineCache.linesFrom`), broken as far as asked. */
function paragraphLines(runs: readonly Run[], width: number, ctx: LayoutContext, opts: TextOptions): LinesFrom {
  const make = lineMaker(runs, width, ctx, opts);
  return ctx.lines ? ctx.lines.linesFrom(runs, lineKey(width, opts), make) : { lines: make(), start: 0, base: 0 };
}

function lineKey(width: number, opts: TextOptions): string {
  return `${width}|${opts.size}|${opts.bold ? "b" : "r"}`;
}

/** Returns what makes the line breaker when the cache has none: only then is its measuring function made. */
function lineMaker(runs: readonly Run[], width: number, ctx: LayoutContext, opts: TextOptions): () => LineBreaker {
  return () => {
    const measure = (text: string, style: RunStyle): number => ctx.metrics.width(text, opts.bold ? { ...style, bold: true } : style, opts.size);
    return new LineBreaker(ctx.lines ? ctx.lines.segments(runs) : segmentRuns(runs), width, measure);
  };
}

/** Returns the line height in points at a font size. */
export function lineHeightAt(size: number, ctx: LayoutContext): number {
  return size * ctx.lineHeight;
}

/** Returns the ops drawing `lines` with their top at `y` (none when the context is only measuring). */
export function drawLines(lines: readonly Line[], x: number, y: number, width: number, ctx: LayoutContext, opts: TextOptions): Op[] {
  const ops: Op[] = [];
  // Text always takes height where it is placed, so leaving it out changes no height or break.
  if (ctx.measuring) return ops;
  const lh = lineHeightAt(opts.size, ctx);
  const { ascent, descent } = ctx.metrics;
  const baselineShift = (lh - (ascent + descent) * opts.size) / 2 + ascent * opts.size;
  lines.forEach((line, index) => {
    const top = y + index * lh;
    const extra = opts.justify && !line.last && line.gaps > 0 ? (width - line.width) / line.gaps : 0;
    const indent = opts.center ? Math.max(0, (width - line.width) / 2) : 0;
    let gaps = 0;
    for (const item of line.items) {
      if (item.gapBefore) gaps += 1;
      const ix = x + indent + item.x + gaps * extra;
      const style = opts.bold ? { ...item.style, bold: true } : item.style;
      if (style.code) ops.push({ op: "rect", x: ix - 1, y: top + (lh - opts.size * 1.25) / 2, width: item.width + 2, height: opts.size * 1.25, fill: COLORS.codeBg });
      const color = style.link ? COLORS.link : (opts.color ?? ctx.color);
      ops.push({ op: "text", x: ix, baseline: top + baselineShift, text: item.text, style, size: opts.size, color });
      if (style.link) ops.push({ op: "link", x: ix, y: top, width: item.width, height: lh, target: style.link });
    }
  });
  return ops;
}

/** Lays a paragraph into at most `avail` points of height; a lone first line is kept back unless `force`. */
export function placeParagraph(runs: Run[], x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const size = ctx.fontSize * ctx.scale;
  const opts: TextOptions = { size, justify: ctx.align === "justify", center: ctx.align === "center" };
  const { lines: breaker, start, base } = paragraphLines(runs, width, ctx, opts);
  const lh = lineHeightAt(size, ctx);
  // avail can be negative after a heading and its gap: then nothing fits here.
  const room = Math.max(0, Math.floor((avail + 0.01) / lh));
  // The lines that fit, and one more to tell whether the paragraph goes on.
  const lines = breaker.upTo(start + Math.max(room, 1) + 1);
  const total = lines.length - start;
  let count = Math.min(total, room);
  if (count === 1 && total > 1 && !force) count = 0;
  if (count === 0 && force) count = 1;
  const next = lines[start + count];
  let rest: Block | null = null;
  if (next) {
    const restRuns = sliceRuns(runs, next.offset - base);
    ctx.lines?.cut(restRuns, runs, next.offset - base);
    rest = { kind: "paragraph", runs: restRuns };
  }
  return { ops: drawLines(lines.slice(start, start + count), x, y, width, ctx, opts), height: count * lh, rest };
}

/** Heading sizes as multiples of the body size, levels 1–4. */
const HEADING_SCALE = [1.6, 1.3, 1.12, 1] as const;

/** Returns a heading's font size in points. */
export function headingSize(level: 1 | 2 | 3 | 4, ctx: LayoutContext): number {
  return ctx.fontSize * ctx.scale * (HEADING_SCALE[level - 1] ?? 1);
}

/** Lays a heading whole (headings are never split), or nothing when it does not fit and not `force`. */
export function placeHeading(level: 1 | 2 | 3 | 4, runs: Run[], x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const size = headingSize(level, ctx);
  const opts: TextOptions = { size, bold: true, justify: false, center: ctx.align === "center", color: level === 4 ? COLORS.muted : undefined };
  const lines = layoutLines(runs, width, ctx, opts);
  const height = lines.length * size * Math.min(ctx.lineHeight, 1.3);
  if (height > avail + 0.01 && !force) return { ops: [], height: 0, rest: { kind: "heading", level, runs } };
  const tight = { ...ctx, lineHeight: Math.min(ctx.lineHeight, 1.3) };
  return { ops: drawLines(lines, x, y, width, tight, opts), height, rest: null };
}
