/**
 * One shaping cache per font, shared by our measuring and pdfkit's drawing: pdfkit is handed
 * the view made here, so each distinct word is shaped once per document, not once by each.
 */
import { cidCffSubset } from "./cff/subset.js";
import type { FontkitFont } from "./fonts.js";
import { PairKerning } from "./kerning.js";

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

/**
 * Returns `text` shaped with FEATURES. Plain CJK is mapped glyph by glyph, and words of printable
 * ASCII, Hangul syllables and CJK punctuation are kerned from the font's GPOS pairs when `pairs`
 * can do that exactly (kerning.ts): the same run as fontkit's for a fraction of the cost.
 */
export function shape(font: FontkitFont, text: string, pairs?: PairKerning): ShapedRun {
  if (PLAIN_CJK.test(text)) {
    const glyphs = Array.from(text, (char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0));
    return new Run(glyphs, glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 })));
  }
  const kerned = pairs?.shape(text);
  if (kerned) return new Run(kerned.glyphs, kerned.positions);
  const run = font.layout(text, { ...FEATURES });
  return new Run(run.glyphs, run.positions.map(copyPlacement));
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
