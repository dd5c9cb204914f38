/**
 * Measurements remembered between the documents of `build --watch` (PdfDocument, layout-store.ts): a later
 * document with blocks of the same content gets the answer for its own blocks, as if measured afresh; callers
 * tell by identity whether a block was placed (the deck's card faces).
 */
import { describe, expect, it } from "vitest";
import { createPdf, type TextSettings } from "../../../../src/emit/pdf/typeset/index.js";
import { keepBetweenDocuments } from "../../../../src/emit/pdf/typeset/warm.js";
import { parseMarkdown } from "../../../../src/markdown/parse.js";

const settings: TextSettings = { fontSize: 10, lineHeight: 1.5, paragraphGap: 5, align: "left" };
const markdown = ["## 제목", "", "첫 문단은 짧다.", "", "둘째 문단은 상자를 넘칠 만큼 길게 이어지는 문장으로 되어 있어서 다음 상자로 나뉘어야 한다. ".repeat(3), "", "- 마지막 목록"].join("\n");

keepBetweenDocuments();

describe("a measurement remembered from an earlier document", () => {
  it("hands back the later document's own blocks as the leftover, whole or split, as a fresh measurement does", async () => {
    for (const height of [40, 70, 400]) {
      const box = { x: 0, y: 0, width: 160, height };
      const first = await createPdf({ size: [300, 500] });
      const fresh = first.fit(parseMarkdown(markdown), [box], settings, { minScale: 1, maxScale: 1 });
      const later = await createPdf({ size: [300, 500] });
      const blocks = parseMarkdown(markdown);
      const remembered = later.fit(blocks, [box], settings, { minScale: 1, maxScale: 1 });
      expect(remembered.fits, `height ${height}`).toBe(fresh.fits);
      expect(JSON.stringify(remembered.overflow), `height ${height}`).toBe(JSON.stringify(fresh.overflow));
      const from = blocks.length - remembered.overflow.length;
      // Every leftover block after the first is the later document's own; the first is too unless it was split.
      remembered.overflow.slice(1).forEach((block, i) => expect(block).toBe(blocks[from + 1 + i]));
      const split = JSON.stringify(remembered.overflow[0]) !== JSON.stringify(blocks[from]);
      if (remembered.overflow.length > 0 && !split) expect(remembered.overflow[0]).toBe(blocks[from]);
    }
  });
});
