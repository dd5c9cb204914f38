/**
 * The bundled Noto Sans KR, cut down to the characters a page uses and embedded as data URLs,
 * so Korean never shows as empty boxes on a machine without Korean fonts.
 */
import { defaultFontPaths, loadFaces, type Face } from "../pdf/typeset/fonts.js";
import { subsetOpenType } from "./opentype.js";

/** The family name the stylesheet asks for; the embedded faces answer to it. */
export const FONT_FAMILY = "prep-print Sans";

/** Printable ASCII is always kept, so what a script writes later (the deck's counter) has its glyphs too. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

/** Returns `@font-face` rules (regular 400, bold 700) embedding the subset of the fonts that `text` needs; same text, same bytes. */
export async function fontCss(text: string, paths: { regular: string; bold: string } = defaultFontPaths()): Promise<string> {
  const codePoints = [...new Set(ASCII + text)].map((c) => c.codePointAt(0) ?? 0);
  const [main] = await loadFaces(paths);
  if (!main) throw new Error("No font given");
  return [face(main.regular, 400, codePoints), face(main.bold, 700, codePoints)].join("\n");
}

/** Returns a page rendered with fonts for exactly its own text: drafted without fonts first, then again with them. */
export async function withFonts(render: (fontCss: string) => string, paths?: { regular: string; bold: string }): Promise<string> {
  return render(await fontCss(render(""), paths));
}

/**
 * Returns pages that share one subset made for all their text: each page stays self-contained, and
 * the subset is made once.
 */
export async function withSharedFonts(renders: readonly ((fontCss: string) => string)[], paths?: { regular: string; bold: string }): Promise<string[]> {
  const css = await fontCss(renders.map((render) => render("")).join("\n"), paths);
  return renders.map((render) => render(css));
}

/** Returns the `@font-face` rule of one weight: the face (parsed once per process, as the PDFs use it) cut down to `codePoints`. */
function face(source: Face["regular"], weight: 400 | 700, codePoints: readonly number[]): string {
  const subset = subsetOpenType({ bytes: source.data, glyphOf: (cp) => source.font.glyphForCodePoint(cp).id }, codePoints);
  const url = `data:font/otf;base64,${Buffer.from(subset.buffer, subset.byteOffset, subset.byteLength).toString("base64")}`;
  return `@font-face { font-family: "${FONT_FAMILY}"; font-style: normal; font-weight: ${weight}; font-display: block; src: url(${url}) format("opentype"); }`;
}
