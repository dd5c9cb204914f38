/// <reference types="pdfkit" />
/** The PDF document callers draw into: pages, flowing markdown blocks, labels, outline, links. */
import { LineCache } from "./cache.js";
import { compressThrough } from "./deflate-memo.js";
import { CffSubset } from "./cff/subset.js";
import { batchPageContent } from "./content.js";
import { drawOps, drawText, linkBox } from "./draw.js";
import { searchScale } from "./fit.js";
import { flowBlocks, frameBoxes, type NextRegion } from "./flow.js";
import { blocksFrom, type SequenceStart } from "./sequence.js";
import type { FontMetrics } from "./fonts.js";
import type { MissingGlyph } from "./glyphs.js";
import { COLORS, type LayoutContext } from "./ops.js";
import { collectOutput, type CollectedOutput } from "./output.js";
import type { Block } from "../../../markdown/types.js";
import type { Box, FlowResult, Frame, TextSettings } from "./types.js";
import { keptBetweenDocuments } from "./warm.js";
import type { LayoutStore } from "./layout-store.js";

/** An outline (bookmark) entry returned by `addOutline`, to nest children under. */
export interface OutlineHandle {
  readonly title: string;
  readonly node: PDFKit.PDFOutline;
}

/**
 * Gives each embedded font subset the tag of its glyph set. pdfkit names every subset after the
 * font's resource id (`F1` → `CZZZZZ+`), the same in every file; it reads the id only to make that
 * tag when it embeds the font at the end, so an id spelling the tag (each letter less 17) is used.
 */
function tagSubsets(doc: PDFKit.PDFDocument): void {
  const families: unknown = Reflect.get(doc, "_fontFamilies");
  if (typeof families !== "object" || families === null) return;
  for (const font of new Set(Object.values(families))) {
    const subset: unknown = typeof font === "object" && font !== null ? Reflect.get(font, "subset") : undefined;
    if (!(subset instanceof CffSubset)) continue;
    Reflect.set(font, "id", `F${Array.from(subset.tag(), (letter) => String.fromCharCode(letter.charCodeAt(0) - 17)).join("")}`);
  }
}

/**
 * Lets a finished page's link annotations go. pdfkit writes each annotation when it is made and the
 * page's dictionary when the page is finished, yet keeps the list in the dictionary to the end (for
 * its page number, a bookmark reads only the page's size); a long book holds hundreds of thousands.
 */
function releaseAnnotations(page: unknown): void {
  const dictionary: unknown = typeof page === "object" && page !== null ? Reflect.get(page, "dictionary") : undefined;
  const data: unknown = typeof dictionary === "object" && dictionary !== null ? Reflect.get(dictionary, "data") : undefined;
  if (typeof data === "object" && data !== null) Reflect.deleteProperty(data, "Annots");
}

/** Returns `value` with its arrays (top-level properties) copied: a remembered answer is handed out many times. */
function copied<T extends object | number>(value: T): T {
  if (typeof value !== "object") return value;
  const copy = { ...value };
  for (const [key, part] of Object.entries(copy)) if (Array.isArray(part)) Reflect.set(copy, key, [...part]);
  return copy;
}

/**
 * Returns the answer with its leftover blocks (`overflow`) kept as where they start in `blocks` (a SequenceStart,
 * null for none): an answer is handed to later documents, whose block lists hold other objects with the same
 * content, and callers tell by identity whether a block was placed (a leftover that starts with the list's own
 * block placed nothing).
 */
function keptOverflow<T extends object | number>(answer: T, blocks: readonly Block[]): T {
  if (typeof answer !== "object" || !("overflow" in answer) || !Array.isArray(answer.overflow)) return answer;
  const overflow = answer.overflow as Block[];
  if (overflow.length === 0) return { ...answer, overflow: null };
  const index = blocks.length - overflow.length;
  const suffix = overflow.every((block, i) => i === 0 || block === blocks[index + i]);
  if (!suffix || index < 0) throw new Error("a measurement's leftover is not the end of its block list");
  const start: SequenceStart = overflow[0] === blocks[index] ? { index } : { index, first: overflow[0] as Block };
  return { ...answer, overflow: start };
}

/** Returns the answer with its leftover blocks taken from `blocks`, as the measurement made for these very blocks would give. */
function withOverflowOf<T extends object | number>(answer: T, blocks: readonly Block[]): T {
  if (typeof answer !== "object" || !("overflow" in answer)) return answer;
  return { ...answer, overflow: blocksFrom(blocks, answer.overflow as SequenceStart | null) };
}

/** What a flow over pages calls when it has filled a page and is about to start the next. */
export interface PageFlowHooks {
  /** Called with the 0-based index of the page just filled, while it is still the one drawn on. */
  onPageEnd?: (page: number) => void;
}

/**
 * A PDF being built; every coordinate is in points from the top-left of the page. Pages are drawn
 * in order: adding a page finishes the one before, which goes out with what was drawn on it and
 * is not kept (a long book would otherwise hold every page until the end). Layout that must know
 * where things land before drawing (page numbers, contents) measures first (`measurePages`).
 */
export class PdfDocument {
  private current = -1;
  private pages = 0;
  /** Lines broken so far; aged at each page of a flow (see LineCache), so that a long document does not keep every line it laid out. */
  private readonly lines: LineCache;
  private readonly output: CollectedOutput;
  /** Layout kept between documents (`build --watch`), null in a single build. */
  private readonly store: LayoutStore | null;
  /** The JSON of each block list measured: a fit search passes the same list many times (no caller changes a list it had measured). */
  private readonly spelled = new WeakMap<readonly Block[], string>();

  constructor(private readonly doc: PDFKit.PDFDocument, private readonly metrics: FontMetrics, private readonly size: [number, number]) {
    this.output = collectOutput(doc);
    // A process that builds again (`build --watch`) keeps lines and compressed streams for the next documents (warm.ts).
    const kept = keptBetweenDocuments();
    this.store = kept?.layout.of(metrics.faces) ?? null;
    this.store?.startDocument();
    this.lines = new LineCache(this.store);
    if (kept) {
      kept.streams.startDocument();
      compressThrough(doc, kept.streams);
    }
  }

  /**
   * Returns `measure()`, a measurement of `blocks` that draws nothing: with a store, what it gave for the same
   * blocks and `parts` in this or an earlier document. `parts` must be everything else it is computed from
   * besides the fonts, as plain data (boxes, settings, scale). Arrays in the answer are copied, so callers may change them.
   */
  private remembered<T extends object | number>(blocks: readonly Block[], parts: unknown[], measure: () => T): T {
    if (!this.store) return measure();
    let spelled = this.spelled.get(blocks);
    if (spelled === undefined) {
      spelled = JSON.stringify(blocks);
      this.spelled.set(blocks, spelled);
    }
    // Kept answers are only ever handed out copied.
    const answer = this.store.answer(spelled, JSON.stringify(parts), () => keptOverflow(measure(), blocks));
    return withOverflowOf(copied(answer), blocks);
  }

  /** Adds a page (default size: the document's), finishing the one before, and returns its 0-based index. */
  addPage(size?: [number, number]): number {
    const finished: unknown = Reflect.get(this.doc, "page");
    this.doc.addPage({ size: size ?? this.size, margin: 0 });
    if (finished) releaseAnnotations(finished);
    batchPageContent(Reflect.get(this.doc, "page"));
    this.current = this.pages;
    this.pages += 1;
    return this.current;
  }

  /** The number of pages so far. */
  get pageCount(): number {
    return this.pages;
  }

  /** Ages the line cache: lines not asked for since the last call are forgotten, so a long run of separate layouts keeps memory bounded. */
  ageLines(): void {
    this.lines.age();
  }

  /** Characters that no font covers and that have no substitute, each once. */
  get missingGlyphs(): MissingGlyph[] {
    return [...this.metrics.missing.values()];
  }

  /** Characters drawn as a documented substitute (e.g. ✅ as ✓), each once. */
  get substitutedGlyphs(): MissingGlyph[] {
    return [...this.metrics.substituted.values()];
  }

  private context(settings: TextSettings, scale: number, measuring = false): LayoutContext {
    const { fontSize, lineHeight, paragraphGap, align } = settings;
    return { metrics: this.metrics, fontSize, lineHeight, paragraphGap, align, color: settings.color ?? COLORS.text, scale, lines: this.lines, measuring };
  }

  private ensurePage(): number {
    return this.current >= 0 ? this.current : this.addPage();
  }

  /** Lays blocks into the boxes in order on the current page, drawing them; a page break ends the run. */
  layoutInBoxes(blocks: Block[], boxes: Box[], settings: TextSettings, scale = 1): FlowResult {
    return this.inBoxes(blocks, boxes, settings, scale, this.ensurePage(), false);
  }

  /** What `layoutInBoxes` would place on page `page` (0-based, for its anchors), drawing nothing and adding no page. */
  measureInBoxes(blocks: Block[], boxes: Box[], settings: TextSettings, page: number): FlowResult {
    return this.remembered(blocks, ["inBoxes", boxes, settings, page], () => this.inBoxes(blocks, boxes, settings, 1, page, true));
  }

  private inBoxes(blocks: Block[], boxes: Box[], settings: TextSettings, scale: number, page: number, measuring: boolean): FlowResult {
    const next: NextRegion = (index, reason) => {
      const box = boxes[index];
      return box && reason !== "page" ? { box, page, force: false } : undefined;
    };
    return flowBlocks(blocks, next, this.context(settings, scale, measuring), measuring ? () => {} : (ops) => drawOps(this.doc, this.metrics, ops));
  }

  /**
   * Lays blocks into the columns of a frame, adding pages as needed (starting on the current page, or a new one);
   * `hooks.onPageEnd` may draw on each page the flow fills before the next is added (not on the last one).
   */
  flowPages(blocks: Block[], frame: Frame, settings: TextSettings, scale = 1, hooks: PageFlowHooks = {}): FlowResult {
    const size = frame.size ?? this.size;
    const first = this.current >= 0 ? this.current : this.addPage(size);
    const newPage = (page: number): number => {
      hooks.onPageEnd?.(page);
      return this.addPage(size);
    };
    const draw = (ops: Parameters<typeof drawOps>[2], onPage: number) => {
      if (onPage !== this.current) throw new Error(`page ${onPage} drawn on after page ${this.current} was started`);
      drawOps(this.doc, this.metrics, ops);
    };
    return this.overPages(blocks, frame, settings, scale, first, newPage, draw, false).result;
  }

  /**
   * What `flowPages` would place, as if it started on a fresh page numbered `firstPage` (0-based): the anchors
   * with their pages, and `lastPage`, the page it ends on. Draws nothing and adds no page.
   */
  measurePages(blocks: Block[], frame: Frame, settings: TextSettings, firstPage: number): FlowResult & { lastPage: number } {
    return this.remembered(blocks, ["pages", frame, this.size, settings, firstPage], () => {
      const { result, last } = this.overPages(blocks, frame, settings, 1, firstPage, (page) => page + 1, () => {}, true);
      return { ...result, lastPage: last };
    });
  }

  /** Flows blocks through the columns of pages from `first` on; `newPage` starts the page after the one given. */
  private overPages(blocks: Block[], frame: Frame, settings: TextSettings, scale: number, first: number, newPage: (page: number) => number, draw: (ops: Parameters<typeof drawOps>[2], page: number) => void, measuring: boolean): { result: FlowResult; last: number } {
    const size = frame.size ?? this.size;
    const columns = frameBoxes(size, frame.margins, frame.columns, frame.gap);
    const ctx = this.context(settings, scale, measuring);
    let page = first;
    let column = 0;
    const next: NextRegion = (_index, reason) => {
      column = reason === "first" ? 0 : column + 1;
      if (reason === "page" || column >= columns.length) {
        page = newPage(page);
        column = 0;
        // Lines are kept for the passes over one page and the next: a paragraph running on over many pages is broken once.
        this.ageLines();
      }
      const box = columns[column];
      return box ? { box, page, force: column === 0 } : undefined;
    };
    const result = flowBlocks(blocks, next, ctx, draw);
    return { result, last: page };
  }

  /** Returns the height the blocks take at a width, drawing nothing. */
  measure(blocks: Block[], width: number, settings: TextSettings, scale = 1): number {
    return this.remembered(blocks, ["measure", width, settings, scale], () => {
      const box = { x: 0, y: 0, width, height: Number.MAX_SAFE_INTEGER };
      return flowBlocks(blocks, (i) => (i === 0 ? { box, page: 0, force: true } : undefined), this.context(settings, scale, true), () => {}).height;
    });
  }

  /** Returns the largest scale in [minScale, maxScale ?? 1] at which the blocks fit the boxes, and what overflows below it; draws nothing. */
  fit(blocks: Block[], boxes: Box[], settings: TextSettings, opts: { minScale: number; maxScale?: number }): { scale: number; fits: boolean; overflow: Block[] } {
    return this.remembered(blocks, ["fit", boxes, settings, opts.minScale, opts.maxScale ?? 1], () => this.search(blocks, boxes, settings, opts));
  }

  private search(blocks: Block[], boxes: Box[], settings: TextSettings, opts: { minScale: number; maxScale?: number }): { scale: number; fits: boolean; overflow: Block[] } {
    const overflowAt = (scale: number): Block[] => {
      const next: NextRegion = (index, reason) => {
        const box = boxes[index];
        return box && reason !== "page" ? { box, page: 0, force: false } : undefined;
      };
      return flowBlocks(blocks, next, this.context(settings, scale, true), () => {}).overflow;
    };
    // The search's last answer is usually at the scale it settles on: its overflow is kept rather than laid out again.
    let last: { scale: number; overflow: Block[] } | undefined;
    const found = searchScale(
      (scale) => {
        last = { scale, overflow: overflowAt(scale) };
        return last.overflow.length === 0;
      },
      opts.minScale,
      opts.maxScale ?? 1,
    );
    if (found.fits) return { ...found, overflow: [] };
    return { ...found, overflow: last?.scale === found.scale ? last.overflow : overflowAt(found.scale) };
  }

  /** Returns the width in points of `s` on one line at `size`. */
  textWidth(s: string, size: number, bold = false): number {
    return this.metrics.width(s, bold ? { bold: true } : {}, size);
  }

  /** Draws a single-line label (header, footer, card number); `width` with `align` positions it. */
  text(s: string, x: number, y: number, opts: { size?: number; bold?: boolean; width?: number; align?: "left" | "center" | "right"; color?: string } = {}): void {
    this.ensurePage();
    const size = opts.size ?? 9;
    const style = opts.bold ? { bold: true } : {};
    const w = this.metrics.width(s, style, size);
    const room = (opts.width ?? w) - w;
    const dx = opts.align === "center" ? room / 2 : opts.align === "right" ? room : 0;
    const baseline = y + this.metrics.ascent * size;
    drawText(this.doc, this.metrics, { op: "text", x: x + dx, baseline, text: s.replace(/\s+/g, " "), style, size, color: opts.color ?? COLORS.text });
  }

  /** Draws a line; `dash` is the dash length in points. */
  line(x1: number, y1: number, x2: number, y2: number, opts: { width?: number; color?: string; dash?: number } = {}): void {
    this.ensurePage();
    const path = this.doc.moveTo(x1, y1).lineTo(x2, y2).lineWidth(opts.width ?? 0.5).strokeColor(opts.color ?? COLORS.rule);
    if (opts.dash) path.dash(opts.dash, { space: opts.dash });
    path.stroke();
    if (opts.dash) this.doc.undash();
  }

  /** Draws a rectangle, stroked and/or filled. */
  rect(b: Box, opts: { stroke?: string; fill?: string; width?: number } = {}): void {
    this.ensurePage();
    this.doc.rect(b.x, b.y, b.width, b.height).lineWidth(opts.width ?? 0.5);
    if (opts.fill && opts.stroke) this.doc.fillAndStroke(opts.fill, opts.stroke);
    else if (opts.fill) this.doc.fill(opts.fill);
    else this.doc.stroke(opts.stroke ?? COLORS.rule);
  }

  /** Adds a bookmark to page `page` (0-based, a page already added), under `parent` when given; returns it for nesting. */
  addOutline(title: string, page: number, parent?: OutlineHandle): OutlineHandle {
    if (page < 0 || page >= this.pages) throw new Error(`no page ${page} to bookmark`);
    // pdfkit's default item options (the whole page fits the window), on a page that may be finished already.
    const options = { top: 0, left: 0, zoom: 0, fit: true, pageNumber: page, expanded: false };
    const node = (parent?.node ?? this.doc.outline).addItem(title, options as { expanded: boolean });
    return { title, node };
  }

  /** Makes a box clickable: "#name" goes to a named destination, anything else opens a URL. */
  link(b: Box, target: string): void {
    this.ensurePage();
    linkBox(this.doc, b.x, b.y, b.width, b.height, target);
  }

  /** Adds a named destination at height `y` of the current page (for links "#name"). */
  destination(name: string, y = 0): void {
    this.ensurePage();
    this.doc.addNamedDestination(name, "XYZ", null, y, null);
  }

  /** Finishes the document and returns its bytes. */
  end(): Promise<Uint8Array> {
    tagSubsets(this.doc);
    this.doc.end();
    return this.output.bytes;
  }
}
