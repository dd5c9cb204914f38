/** Font files → fontkit faces with cached measurement and per-codepoint fallback. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { resolveGlyphs, type MissingGlyph, type Resolved } from "./glyphs.js";
import type { Metrics } from "./ops.js";
import { shapingView, type ShapedGlyph, type ShapedRun } from "./shaping.js";
import { fontkit as loadFontkit } from "./modules.js";
import type { RunStyle } from "../../../markdown/types.js";
import type { FontSettings } from "./types.js";

/** The parts of a fontkit font the typesetter uses. */
export interface FontkitFont {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string, features?: Record<string, boolean>): ShapedRun;
  glyphForCodePoint(codePoint: number): ShapedGlyph;
}

/** One face of the stack: its files' bytes and parsed fonts (a fallback's bold is its regular). */
export interface Face {
  regular: { data: Buffer; font: FontkitFont };
  bold: { data: Buffer; font: FontkitFont };
}

/** Returns the paths of the bundled Noto Sans KR Regular and Bold. */
export function defaultFontPaths(): { regular: string; bold: string } {
  const entry = createRequire(import.meta.url).resolve("@embedpdf/fonts-kr");
  const fonts = join(dirname(entry), "..", "fonts");
  return { regular: join(fonts, "NotoSansKR-Regular.otf"), bold: join(fonts, "NotoSansKR-Bold.otf") };
}

/** Returns the face stack for the settings: main regular/bold, then fallbacks. */
export async function loadFaces(settings: FontSettings = {}): Promise<Face[]> {
  const fontkit = loadFontkit();
  const defaults = defaultFontPaths();
  const open = (path: string) => {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (cause) {
      throw new Error(`Cannot read font ${path}`, { cause });
    }
    const font = fontkit.create(data);
    if (!("layout" in font)) throw new Error(`Font ${path} is a collection; name one font of it`);
    return { data, font: shapingView(font) };
  };
  const regular = open(settings.regular ?? defaults.regular);
  const bold = settings.bold ?? (settings.regular ? undefined : defaults.bold);
  const main: Face = { regular, bold: bold ? open(bold) : regular };
  const fallbacks = (settings.fallbacks ?? []).map((path): Face => {
    const face = open(path);
    return { regular: face, bold: face };
  });
  return [main, ...fallbacks];
}

/** Measures text against a face stack, caching each distinct word's width per font at size 1. */
export class FontMetrics implements Metrics {
  readonly ascent: number;
  readonly descent: number;
  private readonly widths = new Map<string, number>();
  private readonly resolved = new Map<string, Resolved>();
  readonly missing = new Map<number, MissingGlyph>();
  readonly substituted = new Map<number, MissingGlyph>();

  constructor(readonly faces: readonly Face[]) {
    const main = faces[0]?.regular.font;
    if (!main) throw new Error("No font given");
    this.ascent = main.ascent / main.unitsPerEm;
    this.descent = Math.abs(main.descent) / main.unitsPerEm;
  }

  /** Returns `text` split by face with substitutes applied; records what no face covers. */
  resolve(text: string): Resolved {
    let r = this.resolved.get(text);
    if (!r) {
      r = resolveGlyphs(text, this.faces.length, (face, cp) => this.faces[face]?.regular.font.hasGlyphForCodePoint(cp) ?? false);
      this.resolved.set(text, r);
      for (const m of r.missing) this.missing.set(m.codePoint, m);
      for (const s of r.substituted) this.substituted.set(s.codePoint, s);
    }
    return r;
  }

  /** Returns the fontkit font of a face in a style. */
  fontOf(face: number, style: RunStyle): FontkitFont {
    const f = this.faces[face] ?? this.faces[0];
    if (!f) throw new Error("No font given");
    return style.bold ? f.bold.font : f.regular.font;
  }

  /** Returns the width in points of one face piece. */
  pieceWidth(text: string, face: number, style: RunStyle, size: number): number {
    const key = `${style.bold ? "b" : "r"}${face}|${text}`;
    let unit = this.widths.get(key);
    if (unit === undefined) {
      const font = this.fontOf(face, style);
      unit = font.layout(text).advanceWidth / font.unitsPerEm;
      this.widths.set(key, unit);
    }
    return unit * size;
  }

  /** Returns the width in points of `text` in `style` at `size`. */
  width(text: string, style: RunStyle, size: number): number {
    let total = 0;
    for (const piece of this.resolve(text).pieces) total += this.pieceWidth(piece.text, piece.face, style, size);
    return total;
  }
}
