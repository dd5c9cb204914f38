/**
 * Text written straight into a page's content stream: the operators pdfkit's `text()` writes for
 * the typesetter's one use of it (a single line, no wrapping, left-aligned, filled, optionally
 * oblique), byte for byte, without its per-call option handling, its three shapings of the text
 * (to measure, to measure again and to encode) and a dozen small writes. Each word's glyph codes
 * are encoded once per document and font; drawing the word again reuses its `TJ` operator.
 * Anything else (a line break in the text, a named colour) is left to pdfkit.
 */

/** The parts of a pdfkit embedded font this reads. */
interface PdfkitFont {
  id: string;
  ascender: number;
  ref(): unknown;
  encode(text: string): [string[], Placement[]];
}

/** A glyph's placement as pdfkit's `encode` gives it, in thousandths of the font size. */
interface Placement {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The parts of a pdfkit page this reads and writes. */
interface PdfkitPage {
  height: number;
  fonts: Record<string, unknown>;
  write(chunk: string): unknown;
}

/** Words remembered per font before its cache starts afresh (bounds memory on huge notes). */
const CACHE_LIMIT = 100_000;

/** Each font's `TJ` operators by text: only for texts whose glyphs sit on the baseline, which need no position of their own. */
const operators = new WeakMap<object, Map<string, string>>();

/** The colour operators of each `#rrggbb` colour. */
const colours = new Map<string, string>();

/** pdfkit's number format in content streams: rounded to six decimals. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

/** Returns a `cm` operator line, or "" for the identity (pdfkit writes none for it). */
function transform(a: number, b: number, c: number, d: number, e: number, f: number): string {
  if (a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0) return "";
  return `${number(a)} ${number(b)} ${number(c)} ${number(d)} ${number(e)} ${number(f)} cm\n`;
}

/** Returns the fill colour operators pdfkit writes for `#rrggbb`, or undefined for another form. */
function colourOperators(colour: string): string | undefined {
  let ops = colours.get(colour);
  if (ops === undefined) {
    if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return undefined;
    const hex = parseInt(colour.slice(1), 16);
    const parts = [hex >> 16, (hex >> 8) & 0xff, hex & 0xff].map((part) => part / 255);
    ops = `/DeviceRGB cs\n${parts.join(" ")} scn`;
    colours.set(colour, ops);
  }
  return ops;
}

/** Sets the fill colour as pdfkit's `fillColor(colour)` does; returns false (nothing written) for a colour it should set itself. */
export function writeFillColour(doc: object, colour: string): boolean {
  const ops = colourOperators(colour);
  const page = Reflect.get(doc, "page") as PdfkitPage | undefined;
  if (ops === undefined || !page) return false;
  page.write(ops);
  Reflect.set(doc, "_fillColor", [colour, undefined]);
  return true;
}

/**
 * Writes `text` with its top-left corner at (x, top) in `font` at `size`, as pdfkit's
 * `text(text, x, top, { lineBreak: false, oblique })` does with that font and size set;
 * returns false, writing nothing, for text it leaves to pdfkit.
 */
export function writeText(doc: object, font: PdfkitFont, size: number, text: string, x: number, top: number, oblique: number | false): boolean {
  if (text.includes("\n")) return false;
  const page = Reflect.get(doc, "page") as PdfkitPage | undefined;
  if (!page) return false;
  if (text.length === 0) return true;
  const dy = (font.ascender / 1000) * size;
  let out = "q\n";
  if (oblique !== false) {
    const skew = -Math.tan((oblique * Math.PI) / 180);
    out += transform(1, 0, 0, 1, x, top) + transform(1, 0, skew, 1, -skew * dy, 0) + transform(1, 0, 0, 1, -x, -top);
  }
  out += transform(1, 0, 0, -1, 0, page.height);
  const y = page.height - top - dy;
  if (page.fonts[font.id] == null) page.fonts[font.id] = font.ref();
  out += `BT\n1 0 0 1 ${number(x)} ${number(y)} Tm\n/${font.id} ${number(size)} Tf\n`;
  out += glyphOperators(font, text, x, y, size / 1000);
  out += "ET\nQ";
  page.write(out);
  return true;
}

/** Returns the `TJ` (and, for glyphs off the baseline, `Tm`) operator lines of `text`, each ending in a newline. */
function glyphOperators(font: PdfkitFont, text: string, x: number, y: number, scale: number): string {
  let cache = operators.get(font);
  if (!cache) {
    cache = new Map();
    operators.set(font, cache);
  }
  const known = cache.get(text);
  if (known !== undefined) return known;
  const [encoded, positions] = font.encode(text);
  let out = "";
  let commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let placed = false;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const before = positions[cur - 1] as Placement;
      commands.push(`<${encoded.slice(last, cur).join("")}> ${number(-(before.xAdvance - before.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (i: number): void => {
    addSegment(i);
    if (commands.length > 0) out += `[${commands.join(" ")}] TJ\n`;
    commands = [];
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i] as Placement;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      out += `1 0 0 1 ${number(x + pos.xOffset * scale)} ${number(y + pos.yOffset * scale)} Tm\n`;
      flush(i + 1);
      hadOffset = true;
      placed = true;
    } else {
      if (hadOffset) {
        out += `1 0 0 1 ${number(x)} ${number(y)} Tm\n`;
        hadOffset = false;
      }
      if (pos.xAdvance - pos.advanceWidth !== 0) addSegment(i + 1);
    }
    x += pos.xAdvance * scale;
  }
  flush(i);
  if (!placed) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, out);
  }
  return out;
}
