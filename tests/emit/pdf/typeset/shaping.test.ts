import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadFaces } from "../../../../src/emit/pdf/typeset/fonts.js";
import { PairKerning } from "../../../../src/emit/pdf/typeset/kerning.js";
import { FEATURES, shape } from "../../../../src/emit/pdf/typeset/shaping.js";
import { NOTES_EN, NOTES_KO } from "../../../examples.js";

const faces = await loadFaces();
const main = faces[0];
if (!main) throw new Error("no face");
const fonts = { regular: main.regular.font, bold: main.bold.font };

// The font's own shaping, outside any cache: what pdfkit would get without our view.
function fullShaping(font: typeof fonts.regular, text: string) {
  const run = Object.getPrototypeOf(font).layout.call(font, text, { ...FEATURES });
  return { ids: run.glyphs.map((g: { id: number }) => g.id), advances: run.positions.map((p: { xAdvance: number }) => p.xAdvance) };
}

describe("shared shaping", () => {
  it("maps plain Korean and CJK text glyph by glyph exactly as full shaping does", () => {
    const words = readFileSync(NOTES_KO, "utf8").match(/[\uac00-\ud7a3\u4e00-\u9fff\u3000-\u303f]+/g) ?? [];
    expect(words.length).toBeGreaterThan(100);
    for (const font of Object.values(fonts)) {
      for (const word of [...new Set(words), "漢字。「한」"]) {
        const fast = shape(font, word);
        expect({ ids: fast.glyphs.map((g) => g.id), advances: fast.positions.map((p) => p.xAdvance) }).toEqual(fullShaping(font, word));
      }
    }
  });

  it("keeps kerning for Latin text, as full shaping does", () => {
    for (const text of ["AVATAR", "Today, We Took", "LTV/CAC"]) {
      expect(fonts.regular.layout(text).advanceWidth).toBe(shape(fonts.regular, text).advanceWidth);
      expect(shape(fonts.regular, text).positions.map((p) => p.xAdvance)).toEqual(fullShaping(fonts.regular, text).advances);
      const unkerned = Array.from(text, (c) => fonts.regular.glyphForCodePoint(c.codePointAt(0) ?? 0).advanceWidth).reduce((a, b) => a + b, 0);
      expect(shape(fonts.regular, text).advanceWidth).toBeLessThan(unkerned);
    }
  });

  it("shapes ASCII text from its pairs of characters exactly as full shaping does", () => {
    const english = readFileSync(NOTES_EN, "utf8").match(/[\x21-\x7e]+/g) ?? [];
    expect(english.length).toBeGreaterThan(300);
    // Card numbers, kerned capitals and glued closing punctuation (every pair of printable characters: shaping-kerning.test.ts),
    // and runs of characters that kern a lot, where a glyph is adjusted by the pairs on both sides.
    const kerny = "AVTWYLPFJoyaer.,-/'\"()17 ";
    const runs = Array.from({ length: 400 }, (_, n) => Array.from({ length: 3 + (n % 6) }, (_, i) => kerny[(n * 7 + i * i * 13 + i) % kerny.length]).join(""));
    const samples = [...new Set(english)].concat(runs, ["(12/489)", "123/456", "AVATAR", "LTV/CAC", "Te Yo", "word ,", "P&L; F.A.Q."]);
    for (const font of Object.values(fonts)) {
      const kerning = PairKerning.of(font);
      expect(kerning).toBeDefined();
      for (const text of samples) {
        const fast = kerning?.shape(text);
        expect(fast).toBeDefined();
        expect({ text, ids: fast?.glyphs.map((g) => g.id), advances: fast?.positions.map((p) => p.xAdvance) }).toEqual({ text, ...fullShaping(font, text) });
      }
      expect(kerning?.shape("café")).toBeUndefined();
    }
  });

  it("hands out fresh positions on every call, so pdfkit scaling them in place does not change later widths", () => {
    const first = fonts.bold.layout("Ownership 오너십");
    const width = first.advanceWidth;
    for (const p of first.positions) p.xAdvance *= 3;
    expect(fonts.bold.layout("Ownership 오너십").advanceWidth).toBe(width);
  });
});
