import { describe, expect, it } from "vitest";
import { createPdf, type TextSettings } from "../../../../src/emit/pdf/typeset/index.js";
import { parseMarkdown } from "../../../../src/markdown/parse.js";
import type { Block } from "../../../../src/markdown/types.js";
import { pdfItems } from "../../../pdf.js";

const settings: TextSettings = { fontSize: 10, lineHeight: 1.5, paragraphGap: 5, align: "left" };
const box = { x: 30, y: 30, width: 200, height: 160 };
const markdown = [
  "## 고객 집착", "", "고객 입장에서 먼저 생각하고 거꾸로 일한다. 반품 라벨과 환불 알림을 직접 개선했다.", "",
  "## 주인의식", "", "- 결제 장애 대응: 재시도 정책을 고쳐 승인율을 회복", "- 재고 마이그레이션: 불일치 0건", "",
  "마지막 문단은 넘치는지 확인하기 위한 문장입니다.",
].join("\n");

const texts = (blocks: Block[]) => JSON.stringify(blocks);

describe("fit", () => {
  it("returns the largest scale that fits: at 5% larger the content overflows", async () => {
    const doc = await createPdf({ size: [260, 220] });
    const blocks = parseMarkdown(markdown);
    const found = doc.fit(blocks, [box], settings, { minScale: 0.3, maxScale: 3 });
    expect(found.fits).toBe(true);
    expect(found.overflow).toEqual([]);
    expect(found.scale).toBeGreaterThan(0.3);
    expect(doc.layoutInBoxes(blocks, [box], settings, found.scale).overflow).toEqual([]);
    const bigger = doc.layoutInBoxes(blocks, [box], settings, found.scale * 1.05);
    expect(bigger.overflow.length).toBeGreaterThan(0);
  });

  it("reports what does not fit below the minimum scale", async () => {
    const doc = await createPdf({ size: [260, 220] });
    const found = doc.fit(parseMarkdown(markdown), [{ ...box, height: 70 }], settings, { minScale: 0.9 });
    expect(found).toMatchObject({ fits: false, scale: 0.9 });
    expect(texts(found.overflow)).toContain("마지막 문단은 넘치는지");
    expect(texts(found.overflow)).not.toContain("고객 집착");
  });

  it("continues an overflowing paragraph in the next box without losing or repeating words", async () => {
    const doc = await createPdf({ size: [300, 300] });
    const words = Array.from({ length: 40 }, (_, i) => `단어${i + 1}`);
    const boxes = [{ x: 20, y: 20, width: 120, height: 60 }, { x: 160, y: 20, width: 120, height: 300 }];
    const result = doc.layoutInBoxes(parseMarkdown(words.join(" ")), boxes, settings);
    expect(result.overflow).toEqual([]);
    const items = (await pdfItems(await doc.end())).flat();
    const drawn = items.map((i) => i.str).join(" ").trim().split(/\s+/);
    expect(drawn.sort()).toEqual([...words].sort());
    expect(items.some((i) => i.x > 150)).toBe(true);
  });

  it("never leaves a heading alone at the bottom of a box", async () => {
    const doc = await createPdf({ size: [300, 300] });
    const blocks = parseMarkdown("첫 문단입니다.\n\n## 다음 제목\n\n제목 아래 본문입니다.");
    const result = doc.layoutInBoxes(blocks, [{ x: 20, y: 20, width: 200, height: 40 }], settings);
    expect(result.overflow[0]).toMatchObject({ kind: "heading" });
  });

  it("never draws below a box whose space ends between a heading and its paragraph", async () => {
    const blocks = parseMarkdown("## 제목\n\n제목 아래 본문이 여러 줄로 이어지는 문단입니다. 상자를 넘치면 다음 상자로 가야 합니다.");
    for (let height = 14; height <= 40; height += 1) {
      const doc = await createPdf({ size: [300, 300] });
      const target = { x: 20, y: 20, width: 120, height };
      const result = doc.layoutInBoxes(blocks, [target], settings);
      const items = (await pdfItems(await doc.end())).flat();
      // Baselines, measured from the top of the page, must stay inside the box.
      for (const item of items) expect(item.y).toBeLessThanOrEqual(target.y + target.height + 0.5);
      const drawn = items.map((i) => i.str).join("");
      if (!drawn.includes("문단입니다")) expect(JSON.stringify(result.overflow)).toContain("문단입니다");
    }
  });

  it("moves a short section whole to the next box instead of splitting it", async () => {
    const blocks = parseMarkdown("앞 문단입니다.\n\n### 주인의식\n\n- 첫째 스토리\n- 둘째 스토리\n- 셋째 스토리\n\n### 근검절약\n\n- 넷째 스토리");
    for (let height = 60; height <= 110; height += 5) {
      const doc = await createPdf({ size: [300, 300] });
      const boxes = [{ x: 20, y: 20, width: 120, height }, { x: 160, y: 20, width: 120, height: 260 }];
      expect(doc.layoutInBoxes(blocks, boxes, settings).overflow).toEqual([]);
      const items = (await pdfItems(await doc.end())).flat();
      const column = (text: string) => (items.find((i) => i.str.includes(text))?.x ?? 0) > 150;
      expect(["첫째", "둘째", "셋째"].map(column)).toEqual(Array(3).fill(column("주인의식")));
    }
  });
});

