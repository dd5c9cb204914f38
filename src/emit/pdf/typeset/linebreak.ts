/** Greedy line breaking over segments; pure (the caller supplies text measurement). */
import { CLOSING, type Piece, type Segment } from "./words.js";
import type { RunStyle } from "../../../markdown/types.js";

/** Returns the width in points of `text` set in `style`. */
export type Measure = (text: string, style: RunStyle) => number;

/** A piece of a line at its natural position; `gapBefore` marks a stretchable space before it. */
export interface LineItem {
  text: string;
  style: RunStyle;
  x: number;
  width: number;
  gapBefore: boolean;
}

/** One laid-out line. */
export interface Line {
  items: LineItem[];
  width: number;
  /** Number of stretchable gaps (spaces) inside the line. */
  gaps: number;
  /** Offset in the joined run text where the line starts. */
  offset: number;
  /** True when the line ends at a hard break or the paragraph's end (never justified). */
  last: boolean;
}

interface Builder {
  lines: Line[];
  line: Line | undefined;
}

/**
 * A paragraph's lines, broken only as far as they are asked for. Greedy breaking never goes back
 * to a finished line, so the first lines are the same whether or not the rest is broken: a fit
 * test or a card that needs a page's worth of a very long paragraph does not pay for all of it.
 */
export class LineBreaker implements Builder {
  readonly lines: Line[] = [];
  line: Line | undefined = undefined;
  private next = 0;

  constructor(private readonly segments: readonly Segment[], private readonly width: number, private readonly measure: Measure) {}

  /** True once every line is broken. */
  get done(): boolean {
    return this.next > this.segments.length;
  }

  /** Breaks until at least `count` lines are known or the paragraph ends; returns the lines known so far. */
  upTo(count: number): readonly Line[] {
    const { segments, width, measure } = this;
    while (this.lines.length < count && this.next < segments.length) {
      breakSegment(this, segments[this.next] as Segment, width, measure);
      this.next += 1;
    }
    if (this.next === segments.length && this.lines.length < count) {
      if (this.line) finish(this, true);
      this.next += 1;
    }
    return this.lines;
  }

  /** Returns every line of the paragraph. */
  all(): readonly Line[] {
    return this.upTo(Infinity);
  }
}

/** Returns `segments` broken into lines no wider than `width` (a segment wider than the line is split between characters). */
export function breakLines(segments: readonly Segment[], width: number, measure: Measure): Line[] {
  return new LineBreaker(segments, width, measure).all() as Line[];
}

/** Adds one segment to the lines, finishing the line it does not fit on. */
function breakSegment(b: Builder, segment: Segment, width: number, measure: Measure): void {
  const widths = segment.pieces.map((p) => measure(p.text, p.style));
  const segWidth = sum(widths);
  const first = segment.pieces[0];
  const gap = segment.glue === "space" && first ? measure(" ", first.style) : 0;
  if (segment.glue === "newline" && b.line) finish(b, true);
  if (b.line && b.line.width + gap + segWidth > width) finish(b, false);
  if (!b.line && segWidth > width) {
    for (const chunk of splitSegment(segment, width, measure)) {
      place(b, chunk, 0, chunk.pieces.map((p) => measure(p.text, p.style)), width);
    }
    return;
  }
  place(b, segment, gap, widths, width);
}

function place(b: Builder, segment: Segment, gap: number, widths: number[], width: number): void {
  if (b.line && b.line.width + gap + sum(widths) > width) finish(b, false);
  const line = (b.line ??= { items: [], width: 0, gaps: 0, offset: segment.offset, last: false });
  const hasGap = line.items.length > 0 && gap > 0;
  let x = line.width + (hasGap ? gap : 0);
  segment.pieces.forEach((piece, i) => {
    const w = widths[i] ?? 0;
    line.items.push({ text: piece.text, style: piece.style, x, width: w, gapBefore: hasGap && i === 0 });
    x += w;
  });
  if (hasGap) line.gaps += 1;
  line.width = x;
}

function finish(b: Builder, last: boolean): void {
  if (b.line) b.lines.push({ ...b.line, last });
  b.line = undefined;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

interface Grapheme {
  text: string;
  piece: number;
  offset: number;
}

/** Returns a too-wide segment as chunks that fit `width`, split between characters; no chunk starts with closing punctuation. */
export function splitSegment(segment: Segment, width: number, measure: Measure): Segment[] {
  const graphemes = graphemesOf(segment);
  const chunks: Grapheme[][] = [];
  let chunk: Grapheme[] = [];
  let used = 0;
  for (const g of graphemes) {
    const w = measure(g.text, segment.pieces[g.piece]?.style ?? {});
    if (chunk.length > 0 && used + w > width) {
      const carry = CLOSING.has(g.text) && chunk.length > 1 ? chunk.splice(-1) : [];
      chunks.push(chunk);
      chunk = carry;
      used = carry.reduce((s, c) => s + measure(c.text, segment.pieces[c.piece]?.style ?? {}), 0);
    }
    chunk.push(g);
    used += w;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks.map((c, i) => toSegment(c, segment, i === 0 ? segment.glue : "none"));
}

/** Characters that are each a grapheme of their own, whatever follows: ASCII, Latin-1, Hangul syllables, CJK and its punctuation. */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]*$/;

/** The graphemes of each segment split so far: they do not depend on the width, which each layout pass may change. */
const graphemeCache = new WeakMap<Segment, Grapheme[]>();

function graphemesOf(segment: Segment): Grapheme[] {
  const cached = graphemeCache.get(segment);
  if (cached) return cached;
  const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const out: Grapheme[] = [];
  let offset = segment.offset;
  segment.pieces.forEach((piece, index) => {
    // Iterating Intl.Segmenter is slow per character; text of simple characters splits the same one by one.
    const graphemes = SIMPLE.test(piece.text) ? piece.text : Array.from(segmenter.segment(piece.text), (s) => s.segment);
    for (const text of graphemes) {
      out.push({ text, piece: index, offset });
      offset += text.length;
    }
  });
  graphemeCache.set(segment, out);
  return out;
}

function toSegment(graphemes: Grapheme[], source: Segment, glue: Segment["glue"]): Segment {
  const pieces: Piece[] = [];
  let lastPiece = -1;
  for (const g of graphemes) {
    const style = source.pieces[g.piece]?.style ?? {};
    const last = pieces[pieces.length - 1];
    if (last && g.piece === lastPiece) last.text += g.text;
    else pieces.push({ text: g.text, style });
    lastPiece = g.piece;
  }
  return { pieces, glue, offset: graphemes[0]?.offset ?? source.offset };
}
