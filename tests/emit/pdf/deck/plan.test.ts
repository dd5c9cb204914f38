/** The deck's type size (src/emit/pdf/deck/plan.ts): the search skips sides that fit at full size, and finds what a plain search finds. */
import { describe, expect, it } from "vitest";
import { deckScale, type Side } from "../../../../src/emit/pdf/deck/plan.js";
import { createPdf, searchScale, type PdfDocument } from "../../../../src/emit/pdf/typeset/index.js";
import { parseMarkdown } from "../../../../src/markdown/parse.js";
import type { Block } from "../../../../src/markdown/types.js";

const box = { x: 0, y: 0, width: 220, height: 140 };
const side: Side = { settings: { fontSize: 10, lineHeight: 1.4, paragraphGap: 4.5, align: "left" }, minScale: 0.6 };

const WORDS = ["고객", "장애를", "줄였다", "latency", "p99", "배포", "파이프라인을", "rollback", "재시도", "정책", "38%", "on-call", "주간", "리뷰"];

/** Card sides of many lengths and shapes: paragraphs, lists, headings; side i has about 4 + 7i words. */
function sides(count: number): Block[][] {
  return Array.from({ length: count }, (_, i) => {
    const words = (n: number, from: number) => Array.from({ length: n }, (_, k) => WORDS[(from + k * 5) % WORDS.length]).join(" ");
    const lines = [`### 질문 ${i + 1}`, "", words(4 + i * 4, i), "", `- ${words(3 + i, i + 1)}`, `- ${words(2 + i, i + 2)}`];
    return parseMarkdown(lines.join("\n"));
  });
}

function fitsAt(pdf: PdfDocument, blocks: Block[], scale: number): boolean {
  return pdf.fit(blocks, [box], side.settings, { minScale: scale, maxScale: scale }).fits;
}

describe("the deck's scale", () => {
  it("lays out a side only where it matters: a side that fits at one scale fits at every smaller one", async () => {
    const pdf = await createPdf({ size: [300, 300] });
    for (const blocks of sides(12)) {
      const fits = Array.from({ length: 41 }, (_, k) => fitsAt(pdf, blocks, 0.6 + k * 0.01));
      const firstMiss = fits.indexOf(false);
      expect(firstMiss === -1 || fits.slice(firstMiss).every((fit) => !fit)).toBe(true);
    }
  });

  it("is the scale a plain search over every side finds", async () => {
    const pdf = await createPdf({ size: [300, 300] });
    for (const count of [1, 5, 10, 12, 20]) {
      const all = sides(count);
      const need = Math.ceil(count * 0.9);
      const plain = searchScale((scale) => all.filter((blocks) => fitsAt(pdf, blocks, scale)).length >= need, side.minScale, 1).scale;
      expect(deckScale(pdf, all, box, side), `${count} sides`).toBe(plain);
    }
    // The sides above go from fitting at full size to needing the smallest: the search had something to find.
    expect(deckScale(pdf, sides(12), box, side)).toBeLessThan(1);
    expect(deckScale(pdf, sides(12), box, side)).toBeGreaterThan(side.minScale);
  });
});
