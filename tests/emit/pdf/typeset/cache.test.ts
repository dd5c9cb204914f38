import { describe, expect, it } from "vitest";
import { LineCache } from "../../../../src/emit/pdf/typeset/cache.js";
import { loadFaces, FontMetrics } from "../../../../src/emit/pdf/typeset/fonts.js";
import type { LayoutContext } from "../../../../src/emit/pdf/typeset/ops.js";
import { layoutLines } from "../../../../src/emit/pdf/typeset/paragraph.js";
import { createPdf, type TextSettings } from "../../../../src/emit/pdf/typeset/index.js";
import { parseMarkdown } from "../../../../src/markdown/parse.js";

const metrics = new FontMetrics(await loadFaces());
const ctx: LayoutContext = { metrics, fontSize: 10, lineHeight: 1.5, paragraphGap: 6, align: "left", color: "#000", scale: 1 };
const runs = [{ text: "고객의 불만을 줄이려고 " }, { text: "매일 밤", bold: true }, { text: " 비교 배치를 돌려 차이를 보고했습니다. We shipped in two weeks." }];

describe("line cache", () => {
  it("gives the same lines as breaking afresh, and breaks once per width, size and weight", () => {
    const cached = { ...ctx, lines: new LineCache() };
    const fresh = layoutLines(runs, 120, ctx, { size: 10, justify: false });
    const first = layoutLines(runs, 120, cached, { size: 10, justify: false });
    expect(first).toEqual(fresh);
    expect(layoutLines(runs, 120, cached, { size: 10, justify: false })).toBe(first);
    const bold = layoutLines(runs, 120, cached, { size: 10, bold: true, justify: false });
    expect(bold).not.toBe(first);
    expect(bold).toEqual(layoutLines(runs, 120, ctx, { size: 10, bold: true, justify: false }));
    expect(layoutLines(runs, 80, cached, { size: 10, justify: false }).length).toBeGreaterThan(first.length);
  });

  it("keeps through one age what was asked for since the last, and forgets what was not", () => {
    const cache = new LineCache();
    const cached = { ...ctx, lines: cache };
    const other = [{ text: "다른 문단입니다. Another paragraph." }];
    const first = layoutLines(runs, 120, cached, { size: 10, justify: false });
    const otherFirst = layoutLines(other, 120, cached, { size: 10, justify: false });
    cache.age();
    expect(layoutLines(runs, 120, cached, { size: 10, justify: false })).toBe(first); // asked for again: kept on
    cache.age();
    expect(layoutLines(runs, 120, cached, { size: 10, justify: false })).toBe(first);
    const again = layoutLines(other, 120, cached, { size: 10, justify: false }); // not asked for over two ages: broken afresh
    expect(again).not.toBe(otherFirst);
    expect(again).toEqual(otherFirst);
  });

  it("leaves a fit search's answer and the PDF bytes the same however often a document lays the blocks", async () => {
    const text: TextSettings = { fontSize: 10, lineHeight: 1.5, paragraphGap: 6, align: "justify" };
    const blocks = parseMarkdown(`## 결과\n\n${"재고 수량 불일치 없이 전환했습니다. Latency fell 40%. ".repeat(30)}\n\n- 하나\n- two`);
    const boxes = [{ x: 40, y: 40, width: 200, height: 300 }, { x: 260, y: 40, width: 200, height: 300 }];
    const once = async (passes: number) => {
      const doc = await createPdf({ size: [500, 400] });
      let scale = 0;
      for (let i = 0; i < passes; i++) scale = doc.fit(blocks, boxes, text, { minScale: 0.5, maxScale: 1.5 }).scale;
      doc.layoutInBoxes(blocks, boxes, text, scale);
      return { scale, bytes: await doc.end() };
    };
    const [single, repeated] = [await once(1), await once(3)];
    expect(repeated.scale).toBe(single.scale);
    expect(Buffer.from(repeated.bytes).equals(Buffer.from(single.bytes))).toBe(true);
  });
});
