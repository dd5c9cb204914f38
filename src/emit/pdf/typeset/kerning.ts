/**
 * Pair kerning read from a font's GPOS table, applied as fontkit applies it when it shapes with
 * FEATURES (shaping.ts), for words of Hangul syllables, printable ASCII and punctuation (CJK, general,
 * Latin-1, arrows).
 *
 * What fontkit (2.0, src/layout/LayoutEngine.js and src/opentype/) does with such a word: it takes
 * the word's script from its first character that is not of the Common script (Script.forString:
 * `latn` for a Latin letter, `hang` for a Hangul syllable, `zzzz` when there is none), picks in GSUB
 * and GPOS that script, else DFLT, dflt or latn, and their default language, and the shaper by the
 * GSUB's pick. With FEATURES the shaper's plan keeps four features for every glyph: rvrn, ltra, ltrm
 * and kern; its other features only apply to glyphs it marks (around a fraction slash, or Hangul
 * jamo, which the Hangul shaper only makes from syllables the font lacks). It then applies the kern
 * feature's GPOS lookups in their index order, at each glyph the first subtable that matches, and
 * zeroes the advance of marks after GPOS (the default shaper) or not at all (Hangul).
 *
 * So where the tables hold nothing else — no rvrn, ltra, ltrm or kern in GSUB, no rvrn, ltra or
 * ltrm in GPOS, kern lookups of pair positioning (type 2, or type 9 extending it) that adjust only
 * advances, no glyph that a lookup's flags would skip, no mark, no font variations, no AAT tables —
 * a word's run is its characters' glyphs, each advanced by its own width plus what the kern lookups
 * give the pair it starts and the pair it ends. Anything else is left to fontkit. The tables are read
 * in kern-tables.ts; this file decides which words take that path and shapes them.
 */
import type { FontkitFont } from "./fonts.js";
import { classOf, kernPlan, pairAdjustment, type FontTables, type KernPlan, type PairAdjustment, type WordScript } from "./kern-tables.js";
import type { GlyphPlacement, ShapedGlyph } from "./shaping.js";

/** Pairs of glyphs a script's cache holds before it starts afresh. */
const PAIR_CACHE_LIMIT = 200_000;

/** Returns the script fontkit gives `text`, or undefined when a character is not printable ASCII, a Hangul syllable or punctuation (isPunctuation). */
export function wordScript(text: string): WordScript | undefined {
  let script: WordScript | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let own: WordScript | undefined;
    if (code >= 0x20 && code <= 0x7e) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) own = "latn";
    } else if (code >= 0xac00 && code <= 0xd7a3) {
      own = "hang";
    } else if (!isPunctuation(code)) {
      return undefined;
    }
    script ??= own;
  }
  return script ?? "zzzz";
}

/**
 * Punctuation and symbols of the Common script that are neither marks nor letters nor ignored by
 * fontkit (it hides default-ignorable characters such as U+00AD), in the blocks notes use: Latin-1
 * (U+00AA and U+00BA are Latin letters), general punctuation (not its separators and format
 * characters from U+2028, nor U+2044, around which fontkit applies fraction features), arrows,
 * CJK symbols and punctuation (U+3005, U+3007, U+3021–U+3029 and U+3038–U+303B are Han, U+302A–
 * U+302F marks, U+302E–F the Hangul tone marks the Hangul shaper moves) and fullwidth forms
 * (U+FF21–FF3A and U+FF41–FF5A are Latin letters).
 */
function isPunctuation(code: number): boolean {
  if (code < 0x2000) return (code >= 0xa0 && code <= 0xbf && code !== 0xaa && code !== 0xad && code !== 0xba) || code === 0xd7 || code === 0xf7;
  if (code < 0x3000) return (code >= 0x2010 && code <= 0x2027) || (code >= 0x2030 && code <= 0x203e) || (code >= 0x2190 && code <= 0x2199);
  if (code <= 0x303f) {
    return code <= 0x3004 || code === 0x3006 || (code >= 0x3008 && code <= 0x3020) || (code >= 0x3030 && code <= 0x3037) || code >= 0x303c;
  }
  return (code >= 0xff01 && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff60);
}

/**
 * Shaping by the font's pair kerning: a word's glyphs by cmap and its pairs' adjustments read from
 * GPOS, cached per pair of glyphs, for the words where that is provably fontkit's run.
 */
export class PairKerning {
  private readonly plans = new Map<WordScript, { plan: KernPlan; pairs: Map<number, PairAdjustment | null> } | null>();
  private readonly glyphs = new Map<number, { glyph: ShapedGlyph; kind: number }>();

  private constructor(private readonly font: FontkitFont & FontTables) {}

  /** Returns pair kerning for `font` (the parsed font, not a view of it), or undefined when no script of its words is plain pair kerning. */
  static of(font: FontkitFont): PairKerning | undefined {
    const kerning = new PairKerning(font as FontkitFont & FontTables);
    return kerning.plan("latn") || kerning.plan("hang") || kerning.plan("zzzz") ? kerning : undefined;
  }

  /** Returns `text` shaped as fontkit would with FEATURES, or undefined when this cannot tell it exactly. */
  shape(text: string): { glyphs: ShapedGlyph[]; positions: GlyphPlacement[] } | undefined {
    const script = wordScript(text);
    const plan = script && this.plan(script);
    if (!plan) return undefined;
    const glyphs: ShapedGlyph[] = [];
    const positions: GlyphPlacement[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const known = this.glyph(code);
      if (!shapesPlainly(code, known.glyph, known.kind, plan.plan)) return undefined;
      glyphs.push(known.glyph);
      positions.push({ xAdvance: known.glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    }
    for (let i = 0; i + 1 < glyphs.length; i++) {
      const a = (glyphs[i] as ShapedGlyph).id;
      const b = (glyphs[i + 1] as ShapedGlyph).id;
      const key = a * 65536 + b;
      let adjustment = plan.pairs.get(key);
      if (adjustment === undefined) {
        adjustment = pairAdjustment(plan.plan, a, b);
        // Bounds memory on huge notes and long watch sessions, as the shaping cache does.
        if (plan.pairs.size >= PAIR_CACHE_LIMIT) plan.pairs.clear();
        plan.pairs.set(key, adjustment);
      }
      if (adjustment === null) return undefined;
      (positions[i] as GlyphPlacement).xAdvance += adjustment.first;
      (positions[i + 1] as GlyphPlacement).xAdvance += adjustment.second;
    }
    return { glyphs, positions };
  }

  private plan(script: WordScript): { plan: KernPlan; pairs: Map<number, PairAdjustment | null> } | null {
    let known = this.plans.get(script);
    if (known === undefined) {
      const plan = kernPlan(this.font, script);
      known = typeof plan === "string" ? null : { plan, pairs: new Map() };
      this.plans.set(script, known);
    }
    return known;
  }

  /** Returns the glyph of a character and its kind as fontkit takes it: 1 base, 2 ligature, 3 mark, 0 none of them (GDEF's classes). */
  private glyph(code: number): { glyph: ShapedGlyph; kind: number } {
    let known = this.glyphs.get(code);
    if (!known) {
      const glyph = this.font.glyphForCodePoint(code);
      const classes = this.font.GDEF?.glyphClassDef;
      // Without GDEF classes fontkit takes the glyph of a character that is not a mark for a base.
      known = { glyph, kind: classes ? classOf(glyph.id, classes) : 1 };
      this.glyphs.set(code, known);
    }
    return known;
  }
}

/**
 * True when fontkit shapes this character's glyph as read here: not a mark (whose advance the default
 * shaper zeroes), not skipped by a kern lookup's flags, and not a Hangul syllable the font lacks
 * (which the Hangul shaper decomposes into jamo).
 */
function shapesPlainly(code: number, glyph: ShapedGlyph, kind: number, plan: KernPlan): boolean {
  if (kind === 3 || (kind === 1 && plan.skipsBases) || (kind === 2 && plan.skipsLigatures)) return false;
  return glyph.id !== 0 || code < 0xac00 || code > 0xd7a3;
}
