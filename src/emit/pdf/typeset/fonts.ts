/**
 * Font files → fontkit faces with cached measurement and per-codepoint fallback. Faces are parsed
 * once per process and shared by every document (each product, each layout pass, each rebuild
 * of `--watch`), with one shaping cache and one width cache, so a word is shaped once per process.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
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

/** Face stacks already loaded in this process, by their files. */
const stacks = new Map<string, Face[]>();

/** Font files being read in the background (`prefetchFonts`), by path; undefined when reading failed (read again, to say why). */
const prefetched = new Map<string, Promise<Buffer | undefined>>();

/** Returns the files of the face stack for the settings: main regular, bold (none when the regular is given alone), fallbacks. */
function stackFiles(settings: FontSettings): { regular: string; bold: string | undefined; fallbacks: string[] } {
  const defaults = defaultFontPaths();
  const regular = settings.regular ?? defaults.regular;
  return { regular, bold: settings.bold ?? (settings.regular ? undefined : defaults.bold), fallbacks: settings.fallbacks ?? [] };
}

/**
 * Starts reading the font files of the settings on libuv's threads, so that a build reading its notes
 * meanwhile finds them read (Noto Sans KR is some 9 MB) when its first PDF asks for them.
 */
export function prefetchFonts(settings: FontSettings = {}): void {
  const { regular, bold, fallbacks } = stackFiles(settings);
  if (stacks.has(JSON.stringify([regular, bold, fallbacks]))) return;
  for (const path of [regular, ...(bold ? [bold] : []), ...fallbacks]) {
    if (!prefetched.has(path)) prefetched.set(path, readFile(path).catch(() => undefined));
  }
}

/** Returns the face stack for the settings (main regular/bold, then fallbacks), parsed once per process. */
export async function loadFaces(settings: FontSettings = {}): Promise<Face[]> {
  const { regular, bold, fallbacks } = stackFiles(settings);
  const key = JSON.stringify([regular, bold, fallbacks]);
  let faces = stacks.get(key);
  if (!faces) {
    const read = new Map<string, Buffer | undefined>();
    for (const path of [regular, ...(bold ? [bold] : []), ...fallbacks]) {
      read.set(path, await prefetched.get(path));
      prefetched.delete(path);
    }
    const main = open(regular, read.get(regular));
    const fallbackFaces = fallbacks.map((path): Face => {
      const face = open(path, read.get(path));
      return { regular: face, bold: face };
    });
    faces = [{ regular: main, bold: bold ? open(bold, read.get(bold)) : main }, ...fallbackFaces];
    stacks.set(key, faces);
  }
  return faces;
}

function open(path: string, prefetched?: Buffer): { data: Buffer; font: FontkitFont } {
  let data: Buffer;
  try {
    data = prefetched ?? readFileSync(path);
  } catch (cause) {
    throw new Error(`Cannot read font ${path}`, { cause });
  }
  const font = loadFontkit().create(data);
  if (!("layout" in font)) throw new Error(`Font ${path} is a collection; name one font of it`);
  return { data, font: shapingView(font) };
}

/** Entries a shared cache holds before it starts afresh: bounds memory on huge notes and long watch sessions. */
const CACHE_LIMIT = 200_000;

/** What measuring remembers for a face stack, shared by every document set in it. */
interface StackCaches {
  /** Width at size 1 of a face piece, per weight (0 regular, 1 bold) and face. */
  units: Map<string, number>[][];
  resolved: Map<string, Resolved>;
}

const caches = new WeakMap<readonly Face[], StackCaches>();

function cachesOf(faces: readonly Face[]): StackCaches {
  let c = caches.get(faces);
  if (!c) {
    c = { units: [faces.map(() => new Map()), faces.map(() => new Map())], resolved: new Map() };
    caches.set(faces, c);
  }
  return c;
}

/** Measures text against a face stack, caching each distinct word's width per font at size 1; one per document, caches shared. */
export class FontMetrics implements Metrics {
  readonly ascent: number;
  readonly descent: number;
  private readonly caches: StackCaches;
  /** Characters this document met that no face covers (each once, in the order met). */
  readonly missing = new Map<number, MissingGlyph>();
  readonly substituted = new Map<number, MissingGlyph>();

  constructor(readonly faces: readonly Face[]) {
    const main = faces[0]?.regular.font;
    if (!main) throw new Error("No font given");
    this.ascent = main.ascent / main.unitsPerEm;
    this.descent = Math.abs(main.descent) / main.unitsPerEm;
    this.caches = cachesOf(faces);
  }

  /** Returns `text` split by face with substitutes applied; records what no face covers. */
  resolve(text: string): Resolved {
    const resolved = this.caches.resolved;
    let r = resolved.get(text);
    if (!r) {
      if (resolved.size >= CACHE_LIMIT) resolved.clear();
      r = resolveGlyphs(text, this.faces.length, (face, cp) => this.faces[face]?.regular.font.hasGlyphForCodePoint(cp) ?? false);
      resolved.set(text, r);
    }
    for (const m of r.missing) this.missing.set(m.codePoint, m);
    for (const s of r.substituted) this.substituted.set(s.codePoint, s);
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
    const units = this.caches.units[style.bold ? 1 : 0]?.[face < this.faces.length ? face : 0];
    if (!units) throw new Error("No font given");
    let unit = units.get(text);
    if (unit === undefined) {
      if (units.size >= CACHE_LIMIT) units.clear();
      const font = this.fontOf(face, style);
      unit = font.layout(text).advanceWidth / font.unitsPerEm;
      units.set(text, unit);
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
