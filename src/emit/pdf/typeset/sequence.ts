/** Lays a sequence of blocks down a region: spacing, keep-with-next, breaks and what did not fit. */
import { placeContainer } from "./containers.js";
import { headingSize, lineHeightAt, placeHeading, placeParagraph, type Placed } from "./paragraph.js";
import type { LayoutContext, Op } from "./ops.js";
import { placeCode } from "./code.js";
import { placeRule, placeTable } from "./table.js";
import type { Block } from "../../../markdown/types.js";

/** Blocks laid into a region. `brk` says a page or column break ended the run early. */
export interface SequenceResult {
  ops: Op[];
  height: number;
  rest: Block[];
  brk?: "page" | "column";
}

/** Returns the space wanted above and below a block, in points. */
function spacing(block: Block, ctx: LayoutContext): { before: number; after: number } {
  const gap = ctx.paragraphGap * ctx.scale;
  if (block.kind === "heading") {
    const size = headingSize(block.level, ctx);
    return { before: size * (block.level <= 2 ? 1.0 : 0.8), after: size * 0.35 };
  }
  if (block.kind === "anchor" || block.kind === "keep") return { before: 0, after: 0 };
  return { before: gap, after: gap };
}

/** Lays one block at (x, y) into `avail` points of height. */
function placeBlock(block: Block, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  switch (block.kind) {
    case "paragraph":
      return placeParagraph(block.runs, x, y, width, avail, ctx, force);
    case "heading":
      return placeHeading(block.level, block.runs, x, y, width, avail, ctx, force);
    case "list":
    case "quote":
      return placeContainer(block, x, y, width, avail, ctx, force);
    case "code":
      return placeCode(block, x, y, width, avail, ctx, force);
    case "table":
      return placeTable(block, x, y, width, avail, ctx, force);
    case "hr":
      return placeRule(x, y, width, avail, ctx, force);
    case "anchor":
      return { ops: [{ op: "anchor", name: block.name, y }], height: 0, rest: null };
    case "page":
    case "column":
    case "keep":
      return { ops: [], height: 0, rest: null };
  }
}

function keepsWithNext(block: Block, index: number, count: number, inItem: boolean): boolean {
  return index < count - 1 && (block.kind === "heading" || (inItem && index === 0));
}

/** Returns the index of the first block at or after `from` that is not an anchor or keep mark (`at` gives block `i`). */
function nextContent(at: (i: number) => Block | undefined, from: number): number {
  let i = from;
  while (at(i)?.kind === "anchor" || at(i)?.kind === "keep") i++;
  return i;
}

/** Appends `more` to `ops` (a spread would overflow the call stack for very long content). */
export function appendOps(ops: Op[], more: readonly Op[]): void {
  for (const op of more) ops.push(op);
}

/** Lines of body text up to which a heading's section moves whole to the next region rather than split. */
const KEEP_SECTION_LINES = 10;

/**
 * Returns true when block `i` is a heading whose section (up to the next heading of its
 * level or higher) is short, does not fit the `room` left, and so should start the next
 * region whole: a principle and its stories, or a STAR part, are not split for a few lines.
 * A kept section (after `<!-- keep -->`) counts as short when it fits a whole region.
 */
function sectionMoves(blocks: readonly Block[], heading: Block, i: number, x: number, y: number, width: number, room: number, ctx: LayoutContext, kept: boolean): boolean {
  if (heading.kind !== "heading") return false;
  let end = i + 1;
  for (; end < blocks.length; end++) {
    const block = blocks[end] as Block;
    if ((block.kind === "heading" && block.level <= heading.level) || block.kind === "page" || block.kind === "column") break;
  }
  const short = KEEP_SECTION_LINES * lineHeightAt(ctx.fontSize * ctx.scale, ctx);
  const limit = kept && ctx.regionHeight !== undefined ? Math.max(short, ctx.regionHeight) : short;
  // With room for the longest section kept together, nothing can need to move.
  if (end - i < 2 || room >= limit) return false;
  const head = placeBlock(heading, x, y, width, limit, ctx, false);
  if (head.rest) return false;
  const gap = Math.max(spacing(heading, ctx).after, spacing(blocks[i + 1] as Block, ctx).before);
  const body = placeSequence(blocks.slice(i + 1, end), x, y, width, limit - head.height - gap, ctx, false);
  return body.rest.length === 0 && head.height + gap + body.height > room + 0.01;
}

/**
 * Where a sequence continues: its blocks from `index` on, block `index` replaced by `first` when
 * given (the rest of a block split at the end of the last region).
 */
export interface SequenceStart {
  index: number;
  first?: Block;
}

/** Blocks laid into a region from a start; `next` is where the rest starts (null: all placed). */
export interface SequenceRun {
  ops: Op[];
  height: number;
  next: SequenceStart | null;
  brk?: "page" | "column";
}

/** Returns the blocks from `start` on as one list (none for null). */
export function blocksFrom(blocks: readonly Block[], start: SequenceStart | null): Block[] {
  if (start === null) return [];
  if (!start.first) return blocks.slice(start.index);
  const rest = blocks.slice(start.index + 1);
  rest.unshift(start.first);
  return rest;
}

/**
 * Lays `blocks` from the top of a region; `force` places something even when nothing fits
 * (an empty region). Anchors travel with the block after them, so a link to a heading
 * that moves to the next page lands on that page.
 */
export function placeSequence(blocks: readonly Block[], x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean, inItem = false): SequenceResult {
  const run = placeSequenceFrom(blocks, { index: 0 }, x, y, width, avail, ctx, force, inItem);
  const result: SequenceResult = { ops: run.ops, height: run.height, rest: blocksFrom(blocks, run.next) };
  if (run.brk) result.brk = run.brk;
  return result;
}

/**
 * `placeSequence` from `start` on, answering where the rest starts rather than with a copy of it: a flow
 * over hundreds of pages would otherwise copy the rest of a long document at every page.
 */
export function placeSequenceFrom(blocks: readonly Block[], start: SequenceStart, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean, inItem = false): SequenceRun {
  const at = (i: number): Block | undefined => (i === start.index && start.first ? start.first : blocks[i]);
  const from = (i: number): SequenceStart => (i === start.index && start.first ? { index: i, first: start.first } : { index: i });
  const ops: Op[] = [];
  let used = 0;
  let after = 0;
  // The anchors placed just before the current block: they move with it when it does not fit.
  let anchors: { index: number; ops: number } | null = null;
  let kept = false;
  let probe: { block: Block; y: number; avail: number; placed: Placed } | null = null;
  const stopAt = (i: number): SequenceRun => {
    if (anchors) ops.length = anchors.ops;
    return { ops, height: used, next: from(anchors?.index ?? i) };
  };
  for (let i = start.index; i < blocks.length; i++) {
    const block = at(i) as Block;
    if (block.kind === "page" || block.kind === "column") return { ops, height: used, next: i + 1 < blocks.length ? { index: i + 1 } : null, brk: block.kind };
    if (block.kind === "keep") {
      kept = true;
      continue;
    }
    if (block.kind === "anchor") {
      anchors ??= { index: i, ops: ops.length };
      ops.push({ op: "anchor", name: block.name, y: y + used + (used === 0 ? 0 : Math.max(after, spacing(at(nextContent(at, i)) ?? block, ctx).before)) });
      continue;
    }
    const space = spacing(block, ctx);
    const gap = used === 0 ? 0 : Math.max(after, space.before);
    const first = force && used === 0 && (anchors?.ops ?? ops.length) === 0;
    const top = y + used + gap;
    const room = avail - used - gap;
    if (!first && sectionMoves(blocks, block, i, x, top, width, room, ctx, kept)) return stopAt(i);
    kept = false;
    // The block was already laid here by the keep-with-next test of the block before: that answer is used.
    const placed: Placed = probe?.block === block && probe.y === top && probe.avail === room && !first ? probe.placed : placeBlock(block, x, top, width, room, ctx, first);
    probe = null;
    if (placed.rest === block || (placed.height === 0 && placed.rest)) return stopAt(i);
    const next = at(nextContent(at, i + 1));
    if (!placed.rest && next && keepsWithNext(block, i - start.index, blocks.length - start.index, inItem) && !first) {
      // Laid where it will go if this block stays, so that it is laid once, not again at each level of nesting.
      const nextUsed: number = used + (gap + placed.height);
      const nextGap = Math.max(space.after, spacing(next, ctx).before);
      probe = { block: next, y: y + nextUsed + nextGap, avail: avail - nextUsed - nextGap, placed: placeBlock(next, x, y + nextUsed + nextGap, width, avail - nextUsed - nextGap, ctx, false) };
      if (probe.placed.height === 0 && probe.placed.rest) return stopAt(i);
    }
    anchors = null;
    appendOps(ops, placed.ops);
    used += gap + placed.height;
    after = space.after;
    if (placed.rest) return { ops, height: used, next: { index: i, first: placed.rest } };
  }
  return { ops, height: used, next: null };
}
