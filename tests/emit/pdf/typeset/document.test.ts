import { describe, expect, it } from "vitest";
import { createPdf } from "../../../../src/emit/pdf/typeset/index.js";
import { parseMarkdown } from "../../../../src/markdown/parse.js";
import { pdfItems } from "../../../pdf.js";

describe("document features", () => {
  it("records anchors, writes outline, named destinations, links, info and n / N footers", async () => {
    const doc = await createPdf({ size: [300, 400], info: { title: "스토리북", author: "Jiwoo", subject: "STAR", keywords: ["amazon", "lp"] } });
    const md = "[결제 장애로](#story-2)\n\n<!-- page -->\n\n<!-- anchor story-2 -->\n\n## 결제 장애";
    const frame = { margins: { top: 30, right: 30, bottom: 30, left: 30 }, columns: 2, gap: 10 };
    const settings = { fontSize: 10, lineHeight: 1.5, paragraphGap: 5, align: "left" } as const;
    const measured = doc.measurePages(parseMarkdown(md), frame, settings, 0);
    expect(measured.anchors).toEqual([{ name: "story-2", page: 1, y: 30 }]);
    expect(measured.lastPage).toBe(1);
    const total = measured.lastPage + 1;
    const footer = (page: number) => doc.text(`${page + 1} / ${total}`, 0, 380, { width: 300, align: "center", size: 8 });
    const result = doc.flowPages(parseMarkdown(md), frame, settings, 1, { onPageEnd: footer });
    footer(doc.pageCount - 1);
    expect(result.anchors).toEqual(measured.anchors);
    expect(result.pages).toBe(2);
    expect(doc.pageCount).toBe(2);
    const root = doc.addOutline("이야기", 0);
    doc.addOutline("결제 장애", 1, root);
    const bytes = await doc.end();
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toMatch(/\/Dests/);
    expect(raw).toContain("(story-2)");
    expect(raw).toMatch(/\/Outlines/);
    expect(raw).toMatch(/\/S \/GoTo/);
    const pages = await pdfItems(bytes);
    expect(pages.map((p) => p.map((i) => i.str).join("")).map((t) => t.slice(-5))).toEqual(["1 / 2", "2 / 2"]);
  });

  const frame = { margins: { top: 30, right: 30, bottom: 30, left: 30 }, columns: 1, gap: 0 };
  const text = { fontSize: 10, lineHeight: 1.5, paragraphGap: 5, align: "left" as const };
  const filler = Array.from({ length: 60 }, (_, i) => `채움${i}`).join(" ");

  it("moves an anchor with the heading after it when the heading goes to the next page", async () => {
    for (let lines = 12; lines <= 20; lines++) {
      const doc = await createPdf({ size: [300, 400] });
      const before = Array.from({ length: lines }, (_, i) => `문단 ${i}`).join("\n\n");
      const md = `${before}\n\n<!-- anchor here -->\n\n## 제목\n\n${filler}`;
      const result = doc.flowPages(parseMarkdown(md), frame, text);
      const pages = await pdfItems(await doc.end());
      const headingPage = pages.findIndex((items) => items.some((item) => item.str.includes("제목")));
      expect(result.anchors[0]?.page).toBe(headingPage);
    }
  });

  it("keeps a heading with its text when an anchor follows the heading", async () => {
    for (let lines = 12; lines <= 20; lines++) {
      const doc = await createPdf({ size: [300, 400] });
      const before = Array.from({ length: lines }, (_, i) => `문단 ${i}`).join("\n\n");
      doc.flowPages(parseMarkdown(`${before}\n\n## 제목\n\n<!-- anchor here -->\n\n${filler}`), frame, text);
      const pages = await pdfItems(await doc.end());
      const headingPage = pages.findIndex((items) => items.some((item) => item.str.includes("제목")));
      expect(pages[headingPage]?.some((item) => item.str.includes("채움0"))).toBe(true);
    }
  });

  it("measures what it then draws: the same pages and anchors for a long mixed document, each page's text where it was measured", async () => {
    const sections = Array.from({ length: 40 }, (_, i) =>
      [
        `<!-- anchor part-${i} -->`,
        `${"#".repeat(1 + (i % 3))} 부분 ${i}`,
        Array.from({ length: 3 + (i % 7) * 9 }, (_, w) => `낱말${i}-${w}`).join(" "),
        i % 4 === 0 ? "- 하나\n- 둘\n  - 셋" : "| 열 | 값 |\n| --- | --- |\n| 가 | 나 |",
        i % 9 === 8 ? "<!-- page -->" : "",
      ].join("\n\n"),
    );
    const md = sections.join("\n\n");
    const doc = await createPdf({ size: [300, 400] });
    const measured = doc.measurePages(parseMarkdown(md), frame, text, 2);
    expect(doc.pageCount).toBe(0);
    const drawn = await createPdf({ size: [300, 400] });
    drawn.addPage();
    drawn.addPage();
    drawn.addPage();
    const flowed = drawn.flowPages(parseMarkdown(md), frame, text);
    expect(measured.lastPage).toBeGreaterThan(10);
    expect(drawn.pageCount - 1).toBe(measured.lastPage);
    expect(flowed.anchors).toEqual(measured.anchors);
    expect(flowed.overflow).toEqual([]);
    const pages = await pdfItems(await drawn.end());
    for (const anchor of measured.anchors) {
      const n = anchor.name.slice("part-".length);
      expect(pages[anchor.page]?.some((item) => item.str.includes(`부분 ${n}`))).toBe(true);
    }
  });

  it("never draws an empty list item below the bottom margin", async () => {
    const before = Array.from({ length: 16 }, (_, i) => `문단 ${i}`).join("\n\n");
    for (let height = 380; height <= 420; height += 2) {
      const doc = await createPdf({ size: [300, height] });
      doc.flowPages(parseMarkdown(`${before}\n\n1) 장점\n2)\n3)\n4) 끝`), frame, text);
      for (const items of await pdfItems(await doc.end())) {
        for (const item of items) expect(item.y).toBeLessThanOrEqual(height - 30 + 0.5);
      }
    }
  });
});
