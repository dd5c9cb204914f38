/** Code blocks: set smaller on a tinted ground, split between source lines; long lines wrap between characters. */
import { breakLines, splitSegment, type Line } from "./linebreak.js";
import { drawLines, lineHeightAt, type Placed } from "./paragraph.js";
import { COLORS, type LayoutContext, type Op } from "./ops.js";
import type { Block } from "../../../markdown/types.js";
import { append } from "../../../arrays.js";

type CodeBlock = Extract<Block, { kind: "code" }>;

/** Lays a code block under its language caption, split between source lines; long lines wrap between characters. */
export function placeCode(block: CodeBlock, x: number, y: number, width: number, avail: number, ctx: LayoutContext, force: boolean): Placed {
  const { text, lang } = block;
  const size = ctx.fontSize * ctx.scale * 0.9;
  const pad = size * 0.5;
  const lh = lineHeightAt(size, { ...ctx, lineHeight: Math.min(ctx.lineHeight, 1.35) });
  const tight = { ...ctx, lineHeight: lh / size };
  const caption = lang ? [lang] : [];
  const source = [...caption, ...text.split("\n")];
  const ops: Op[] = [];
  let used = pad;
  let count = 0;
  for (const sourceLine of source) {
    const lines = codeLines(sourceLine, width - 2 * pad, size, ctx);
    const h = lines.length * lh;
    if (used + h + pad > avail + 0.01 && !(force && count === 0)) break;
    const color = count < caption.length ? COLORS.muted : undefined;
    append(ops, drawLines(lines, x + pad, y + used, width - 2 * pad, tight, { size, justify: false, color }));
    used += h;
    count += 1;
  }
  if (count <= caption.length && source.length > caption.length) return { ops: [], height: 0, rest: block };
  const background: Op = { op: "rect", x, y, width, height: used + pad, fill: COLORS.codeBg };
  const rest: Block | null = count < source.length ? { kind: "code", text: source.slice(count).join("\n") } : null;
  return { ops: [background, ...ops], height: used + pad, rest };
}

function codeLines(text: string, width: number, size: number, ctx: LayoutContext): Line[] {
  const measure = (t: string) => ctx.metrics.width(t, {}, size);
  const segment = { pieces: [{ text: text === "" ? " " : text.replace(/\t/g, "    "), style: {} }], glue: "space" as const, offset: 0 };
  return breakLines(splitSegment(segment, width, measure), width, measure);
}
