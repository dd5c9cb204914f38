/**
 * The bundled Noto Sans KR, cut down to the characters a page uses and embedded as data URLs,
 * so Korean never shows as empty boxes on a machine without Korean fonts.
 */
import { readFile } from "node:fs/promises";
import subsetFont from "subset-font";
import { defaultFontPaths } from "../pdf/typeset/fonts.js";

/** The family name the stylesheet asks for; the embedded faces answer to it. */
export const FONT_FAMILY = "prep-print Sans";

/**
 * OpenType (CFF) without hints or layout-closure glyphs: about 20 ms a face, against about 500 ms for
 * WOFF2, whose Brotli pass saves only a quarter of the size (numbers in the HTML emitter's report).
 */
const SUBSET_OPTIONS = { targetFormat: "sfnt", noHinting: true, noLayoutClosure: true } as const;

/** Printable ASCII is always kept, so what a script writes later (the deck's counter) has its glyphs too. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

/** Returns `@font-face` rules (regular 400, bold 700) embedding the subset of the fonts that `text` needs; same text, same bytes. */
export async function fontCss(text: string, paths: { regular: string; bold: string } = defaultFontPaths()): Promise<string> {
  const chars = [...new Set(ASCII + text)].sort().join("");
  const faces = await Promise.all([face(paths.regular, 400, chars), face(paths.bold, 700, chars)]);
  return faces.join("\n");
}

/** Returns a page rendered with fonts for exactly its own text: drafted without fonts first, then again with them. */
export async function withFonts(render: (fontCss: string) => string, paths?: { regular: string; bold: string }): Promise<string> {
  return render(await fontCss(render(""), paths));
}

/**
 * Returns pages that share one subset made for all their text: each page stays self-contained, and one
 * subset pass instead of one per page is about three times faster (each pass works through the whole 4.5 MB font).
 */
export async function withSharedFonts(renders: readonly ((fontCss: string) => string)[], paths?: { regular: string; bold: string }): Promise<string[]> {
  const css = await fontCss(renders.map((render) => render("")).join("\n"), paths);
  return renders.map((render) => render(css));
}

async function face(path: string, weight: 400 | 700, chars: string): Promise<string> {
  let font: Buffer;
  try {
    font = await readFile(path);
  } catch (cause) {
    throw new Error(`Cannot read font ${path}`, { cause });
  }
  const subset = await subsetFont(font, chars, SUBSET_OPTIONS);
  const url = `data:font/otf;base64,${subset.toString("base64")}`;
  return `@font-face { font-family: "${FONT_FAMILY}"; font-style: normal; font-weight: ${weight}; font-display: block; src: url(${url}) format("opentype"); }`;
}
