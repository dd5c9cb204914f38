import { describe, expect, test } from "vitest";
import { subsetOpenType } from "../../../src/emit/html/opentype.js";
import { loadFaces } from "../../../src/emit/pdf/typeset/fonts.js";
import { fontkit } from "../../../src/emit/pdf/typeset/modules.js";

interface Outline {
  unitsPerEm: number;
  numGlyphs: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number; path: { toSVG(): string } };
}

const TEXT = "면접 준비 노트: Ownership, 81% → 99%, 고객 집착 · “quotes” — 😀";

async function subsetOf(text: string, bold = false) {
  const [main] = await loadFaces();
  if (!main) throw new Error("no font");
  const source = bold ? main.bold : main.regular;
  const codePoints = [...text].map((c) => c.codePointAt(0) ?? 0);
  const bytes = subsetOpenType({ bytes: source.data, glyphOf: (cp) => source.font.glyphForCodePoint(cp).id }, codePoints);
  const parsed = fontkit().create(Buffer.from(bytes)) as unknown as Outline;
  const original = fontkit().create(source.data) as unknown as Outline;
  return { bytes, parsed, original, codePoints };
}

describe("the web font subset", () => {
  test.each([false, true])("draws every character it holds as the full font does (bold: %s)", async (bold) => {
    const { parsed, original, codePoints } = await subsetOf(TEXT, bold);
    const covered = codePoints.filter((cp) => original.hasGlyphForCodePoint(cp));
    expect(covered.length).toBeGreaterThan(20);
    for (const cp of covered) {
      expect(parsed.hasGlyphForCodePoint(cp)).toBe(true);
      const mine = parsed.glyphForCodePoint(cp);
      const theirs = original.glyphForCodePoint(cp);
      expect({ char: String.fromCodePoint(cp), advance: mine.advanceWidth, path: mine.path.toSVG() }).toEqual({ char: String.fromCodePoint(cp), advance: theirs.advanceWidth, path: theirs.path.toSVG() });
    }
    expect(parsed.unitsPerEm).toBe(original.unitsPerEm);
  });

  test("holds only the glyphs its characters need, and no character the full font lacks", async () => {
    const { parsed, original, codePoints } = await subsetOf(TEXT);
    const distinct = new Set(codePoints.filter((cp) => original.hasGlyphForCodePoint(cp)).map((cp) => original.glyphForCodePoint(cp).id));
    expect(parsed.numGlyphs).toBe(distinct.size + 1);
    expect(parsed.hasGlyphForCodePoint("😀".codePointAt(0) ?? 0)).toBe(original.hasGlyphForCodePoint("😀".codePointAt(0) ?? 0));
    expect(parsed.hasGlyphForCodePoint("가".codePointAt(0) ?? 0)).toBe(false);
  });

  test("has sound table checksums and a whole-file checksum of 0xB1B0AFBA", async () => {
    const { bytes } = await subsetOf(TEXT);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const sum = (at: number, length: number) => {
      let total = 0;
      for (let i = 0; i < length; i += 4) total = (total + (i + 4 <= bytes.length - at ? view.getUint32(at + i) : 0)) >>> 0;
      return total;
    };
    expect(view.getUint32(0)).toBe(0x4f54544f);
    const tables = view.getUint16(4);
    for (let i = 0; i < tables; i++) {
      const record = 12 + i * 16;
      const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
      const [checksum, offset, length] = [view.getUint32(record + 4), view.getUint32(record + 8), view.getUint32(record + 12)];
      if (tag !== "head") expect({ tag, checksum: sum(offset, length) }).toEqual({ tag, checksum });
    }
    expect(sum(0, bytes.length)).toBe(0xb1b0afba);
  });

  test("the same bytes for the same characters in any order", async () => {
    const first = await subsetOf(TEXT);
    const again = await subsetOf([...TEXT].reverse().join(""));
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
