/** Lists (hanging indents, nested, split between items or inside one) and block quotes. */
import { drawLines, layoutLines, lineHeightAt, type Placed } from "./paragraph.js";
import { COLORS, type LayoutContext, type Op } from "./ops.js";
import { appendOps, placeSequence } from "./sequence.js";
import type { Block, ListItem } from "../../../markdown/types.js";

type ListBlock = Extract<Block, { kind: "list" }>;
type QuoteBlock = Extract<Block, { kind: "quote" }>;

/** Lays a list or a quote; what did not fit comes back as the same kind of block. */
export function placeContainer(block: ListBlock | QuoteBlock, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  return block.kind === "list" ? placeList(block, x, y, width, avail, ctx, force) : placeQuote(block, x, y, width, avail, ctx, force);
}

/** Returns the marker of item `index` ("3.", "3)" or a bullet). */
function listMarker(list: ListBlock, index: number): string {
  return list.ordered ? `${list.start + index}${list.delimiter}` : "•";
}

function placeList(list: ListBlock, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const size = ctx.fontSize * ctx.scale;
  const widest = listMarker(list, Math.max(0, list.items.length - 1));
  const indent = Math.max(ctx.metrics.width(widest, {}, size) + size * 0.5, size * 1.4);
  const itemGap = ctx.paragraphGap * ctx.scale * 0.35;
  const ops: Op[] = [];
  let used = 0;
  for (let i = 0; i < list.items.length; i++) {
    const item = list.items[i] as ListItem;
    const gap = used === 0 ? 0 : itemGap;
    const top = y + used + gap;
    const room = avail - used - gap;
    const inner = placeItem(item, x + indent, top, width - indent, room, ctx, force && i === 0);
    const emptyTooLow = item.blocks.length === 0 && lineHeightAt(size, ctx) > room + 0.01 && !(force && i === 0);
    if ((inner.height === 0 && inner.rest.length > 0 && item.blocks.length > 0) || emptyTooLow) {
      return { ops, height: used, rest: restList(list, i, list.items.slice(i)) };
    }
    if (!item.continued) appendOps(ops, markerOps(listMarker(list, i), x, top, indent, ctx));
    appendOps(ops, inner.ops);
    used += gap + Math.max(inner.height, item.blocks.length === 0 ? lineHeightAt(size, ctx) : 0);
    if (inner.rest.length > 0) {
      return { ops, height: used, rest: restList(list, i, [{ blocks: inner.rest, continued: true }, ...list.items.slice(i + 1)]) };
    }
  }
  return { ops, height: used, rest: null };
}

function placeItem(item: ListItem, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean) {
  return placeSequence(item.blocks, x, y, width, avail, ctx, force, true);
}

function restList(list: ListBlock, from: number, items: ListItem[]): ListBlock {
  return { ...list, start: list.start + from, items };
}

function markerOps(marker: string, x: number, y: number, indent: number, ctx: LayoutContext): Op[] {
  const size = ctx.fontSize * ctx.scale;
  const opts = { size, justify: false };
  const lines = layoutLines([{ text: marker }], indent, ctx, opts);
  const w = lines[0]?.width ?? 0;
  const shift = marker === "•" ? indent * 0.3 : indent - w - size * 0.4;
  return drawLines(lines, x + shift, y, indent, ctx, opts);
}

function placeQuote(quote: QuoteBlock, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const size = ctx.fontSize * ctx.scale;
  const indent = size * 1.1;
  const inner = placeSequence(quote.blocks, x + indent, y, width - indent, avail, ctx, force);
  // A quote with nothing in it (a line holding only `>`) is done; handing it on would loop forever.
  if (inner.height === 0) return { ops: [], height: 0, rest: inner.rest.length > 0 ? quote : null };
  const bar: Op = { op: "rect", x: x + size * 0.2, y, width: Math.max(1.5, size * 0.18), height: inner.height, fill: COLORS.quote };
  const rest: Block | null = inner.rest.length > 0 ? { kind: "quote", blocks: inner.rest } : null;
  return { ops: [bar, ...inner.ops], height: inner.height, rest };
}
