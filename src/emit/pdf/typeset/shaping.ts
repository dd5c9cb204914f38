/**
 * One shaping cache per font, shared by our measuring and pdfkit's drawing: pdfkit is handed
 * the view made here, so each distinct word is shaped once per document, not once by each.
 */
import { cidCffSubset } from "./cff/subset.js";
import type { FontkitFont } from "./fonts.js";

/** A glyph as the typesetter and pdfkit use it. */
export interface ShapedGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** Where a glyph goes, in font units. */
export interface GlyphPlacement {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** A shaped text: what fontkit's `layout` returns, as far as we and pdfkit read it. */
export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: GlyphPlacement[];
  readonly advanceWidth: number;
}

/**
 * OpenType features for measuring and drawing: kerning only. Ligatures and contextual forms
 * are off: shaping them through Noto Sans KR's large tables costs about three times as much
 * per word, and text without ligatures extracts cleanly.
 */
export const FEATURES: Readonly<Record<string, boolean>> = {
  kern: true, liga: false, clig: false, calt: false, rlig: false, rclt: false, ccmp: false, locl: false, mark: false, mkmk: false, curs: false,
};

// Hangul syllables, CJK ideographs and CJK punctuation: no kerning or shaping changes their glyphs or advances.
const PLAIN_CJK = /^[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff60]+$/;

class Run implements ShapedRun {
  constructor(readonly glyphs: ShapedGlyph[], readonly positions: GlyphPlacement[]) {}

  get advanceWidth(): number {
    let total = 0;
    for (const p of this.positions) total += p.xAdvance;
    return total;
  }
}

/** Returns `text` shaped with FEATURES; plain CJK is mapped glyph by glyph, which gives the same run for a fraction of the cost. */
export function shape(font: FontkitFont, text: string, pairs?: PairKerning): ShapedRun {
  if (PLAIN_CJK.test(text)) {
    const glyphs = Array.from(text, (char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0));
    return new Run(glyphs, glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  }
  const kerned = pairs?.shape(text);
  if (kerned) return kerned;
  const run = font.layout(text, { ...FEATURES });
  return new Run(run.glyphs, run.positions.map(copyPlacement));
}

// Printable ASCII: no substitution applies to it with FEATURES, and its only positioning is pair kerning.
const PLAIN_ASCII = /^[\x20-\x7e]+$/;

/** Features fontkit applies unasked that FEATURES cannot turn off; a font with any of them is shaped in full. */
const UNASKED = ["rvrn", "ltra", "ltrm"];

/** What of fontkit's OpenType tables this reads. */
interface LayoutTables {
  GSUB?: { featureList: { tag: string }[] };
  GPOS?: { featureList: { tag: string; feature: { lookupListIndexes: number[] } }[]; lookupList: { get(i: number): { lookupType: number; subTables: { extensionLookupType?: number }[] } } };
}

/**
 * Shaping of printable ASCII text from its pairs of characters. With FEATURES, fontkit substitutes
 * nothing in such text and moves each glyph only by the pair kerning (GPOS lookup type 2) of it and
 * its neighbours, so a word's run is its characters' glyphs with the adjustments of each adjacent
 * pair, each pair shaped once by fontkit. English words share their pairs: "(12/489)" costs
 * a table look-up instead of a shaping. Fonts whose kerning is anything else are shaped in full.
 */
export class PairKerning {
  /** Per pair of characters: what it adds to the first glyph's and the second glyph's advance; null when the pair is not plain kerning. */
  private readonly pairs = new Map<string, { first: number; second: number } | null>();

  private constructor(private readonly font: FontkitFont) {}

  /** Returns pair shaping for `font`, or undefined when its tables allow more than pair kerning for ASCII text. */
  static of(font: FontkitFont): PairKerning | undefined {
    const tables = font as unknown as LayoutTables;
    const tags = [...(tables.GSUB?.featureList ?? []), ...(tables.GPOS?.featureList ?? [])].map((f) => f.tag);
    if (tags.some((tag) => UNASKED.includes(tag))) return undefined;
    for (const entry of tables.GPOS?.featureList ?? []) {
      if (entry.tag !== "kern") continue;
      for (const index of entry.feature.lookupListIndexes) {
        const lookup = tables.GPOS?.lookupList.get(index);
        const pairsOnly = lookup?.lookupType === 2 || (lookup?.lookupType === 9 && lookup.subTables.every((t) => t.extensionLookupType === 2));
        if (!pairsOnly) return undefined;
      }
    }
    return new PairKerning(font);
  }

  /** Returns `text` shaped from its pairs, or undefined when it is not plain ASCII or one of its pairs is not plain kerning. */
  shape(text: string): ShapedRun | undefined {
    if (!PLAIN_ASCII.test(text)) return undefined;
    const glyphs: ShapedGlyph[] = [];
    for (let i = 0; i < text.length; i++) glyphs.push(this.font.glyphForCodePoint(text.charCodeAt(i)));
    const positions: GlyphPlacement[] = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    // In fontkit's order: at each glyph, the pair it starts adjusts it and the glyph after it.
    for (let i = 0; i + 1 < text.length; i++) {
      const pair = this.pair(text.slice(i, i + 2), glyphs[i] as ShapedGlyph, glyphs[i + 1] as ShapedGlyph);
      if (pair === null) return undefined;
      (positions[i] as GlyphPlacement).xAdvance += pair.first;
      (positions[i + 1] as GlyphPlacement).xAdvance += pair.second;
    }
    return new Run(glyphs, positions);
  }

  private pair(chars: string, a: ShapedGlyph, b: ShapedGlyph): { first: number; second: number } | null {
    let known = this.pairs.get(chars);
    if (known === undefined) {
      const run = this.font.layout(chars, { ...FEATURES });
      const [p, q] = run.positions;
      const plain =
        run.glyphs.length === 2 && run.glyphs[0]?.id === a.id && run.glyphs[1]?.id === b.id && p && q &&
        p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0 && q.xOffset === 0 && q.yOffset === 0 && q.yAdvance === 0;
      known = plain ? { first: p.xAdvance - a.advanceWidth, second: q.xAdvance - b.advanceWidth } : null;
      this.pairs.set(chars, known);
    }
    return known;
  }
}

function copyPlacement(p: GlyphPlacement): GlyphPlacement {
  return { xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset };
}

/**
 * Returns a view of `font` whose `layout` (without explicit features) shapes with FEATURES
 * through a cache. Every call gets fresh positions, because pdfkit scales them in place.
 * Its `createSubset` writes CID-keyed CFF fonts with our subsetter, several times faster than fontkit's.
 */
export function shapingView(font: FontkitFont): FontkitFont {
  const runs = new Map<string, ShapedRun>();
  const pairs = PairKerning.of(font);
  const view: FontkitFont & { createSubset?: () => unknown } = Object.create(font);
  const fontkitSubset: unknown = Reflect.get(font, "createSubset");
  view.createSubset = () => cidCffSubset(font) ?? (typeof fontkitSubset === "function" ? fontkitSubset.call(font) : undefined);
  view.layout = (text, features) => {
    if (features) return font.layout(text, features);
    let run = runs.get(text);
    if (!run) {
      // Bounds memory on huge notes and long watch sessions; shaping again gives the same run.
      if (runs.size >= 200_000) runs.clear();
      run = shape(font, text, pairs);
      runs.set(text, run);
    }
    return new Run(run.glyphs, run.positions.map(copyPlacement));
  };
  return view;
}
