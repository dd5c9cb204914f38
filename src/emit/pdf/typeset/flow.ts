/** Flows blocks through a series of regions (columns, pages, cards); pure apart from the `draw` callback. */
import type { LayoutContext, Op } from "./ops.js";
import { blocksFrom, placeSequenceFrom, type SequenceStart } from "./sequence.js";
import type { Block } from "../../../markdown/types.js";
import type { Anchor, Box } from "./types.js";

/** A region to fill: a box on a page; `force` places at least something even if it does not fit. */
export interface Region {
  box: Box;
  page: number;
  force: boolean;
}

/** Returns the next region after region number `index`; `page` asks for the first region of a new page. */
export type NextRegion = (index: number, reason: "first" | "full" | "column" | "page") => Region | undefined;

/** What flowing placed. */
export interface FlowOutcome {
  overflow: Block[];
  anchors: Anchor[];
  height: number;
  pages: number;
}

/** Lays `blocks` into regions in turn, handing each region's ops to `draw`. */
export function flowBlocks(blocks: Block[], next: NextRegion, ctx: LayoutContext, draw: (ops: Op[], page: number) => void): FlowOutcome {
  const anchors: Anchor[] = [];
  const pages = new Set<number>();
  // Where the rest starts in `blocks`: kept as a place, not copied out, so that a long document is not copied at every region.
  let rest: SequenceStart | null = blocks.length > 0 ? { index: 0 } : null;
  let index = 0;
  let region = next(0, "first");
  let height = 0;
  while (region && rest) {
    const { box, page } = region;
    const result = placeSequenceFrom(blocks, rest, box.x, box.y, box.width, box.height, { ...ctx, regionHeight: box.height }, region.force);
    if (result.ops.length > 0 || result.height > 0) pages.add(page);
    for (const op of result.ops) if (op.op === "anchor") anchors.push({ name: op.name, page, y: op.y });
    draw(result.ops, page);
    height = result.height;
    rest = result.next;
    if (!rest) break;
    index += 1;
    region = next(index, result.brk ?? "full");
  }
  return { overflow: blocksFrom(blocks, rest), anchors, height, pages: Math.max(pages.size, 1) };
}

/** Returns the boxes of the columns of a page frame. */
export function frameBoxes(size: [number, number], margins: { top: number; right: number; bottom: number; left: number }, columns: number, gap: number): Box[] {
  const n = Math.max(1, Math.floor(columns));
  const inner = size[0] - margins.left - margins.right;
  const width = (inner - gap * (n - 1)) / n;
  const height = size[1] - margins.top - margins.bottom;
  return Array.from({ length: n }, (_, i) => ({ x: margins.left + i * (width + gap), y: margins.top, width, height }));
}
