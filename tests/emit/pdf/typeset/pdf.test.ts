import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPdf, type TextSettings } from "../../../../src/emit/pdf/typeset/index.js";
import { parseMarkdown } from "../../../../src/markdown/parse.js";
import { pdfItems, pdfLines } from "../../../pdf.js";

const A5: [number, number] = [419.53, 595.28];
const body: TextSettings = { fontSize: 10, lineHeight: 1.6, paragraphGap: 6, align: "justify" };
const frame = { margins: { top: 40, right: 40, bottom: 40, left: 40 }, columns: 1, gap: 0 };

async function build(markdown: string, width = 339, settings = body): Promise<{ bytes: Uint8Array; missing: { char: string; codePoint: number }[] }> {
  const doc = await createPdf({ size: A5, info: { title: "테스트", author: "Jiwoo", keywords: ["lp", "star"] } });
  doc.flowPages(parseMarkdown(markdown), { ...frame, margins: { ...frame.margins, right: A5[0] - 40 - width } }, settings);
  const missing = doc.missingGlyphs;
  return { bytes: await doc.end(), missing };
}

/** Returns the subset names (`ABCDEF+NotoSansKR-Regular`) of a PDF's embedded fonts. */
function subsetNames(bytes: Uint8Array): string[] {
  return [...new Set(Buffer.from(bytes).toString("latin1").match(/\/FontName \/[A-Z]{6}\+[\w-]+/g) ?? [])].map((m) => m.slice(11));
}

describe("embedded font subsets", () => {
  it("are tagged from their glyph sets: different text, different tags; the same text, the same tag", async () => {
    const korean = subsetNames((await build("**굵게** 보통 글자")).bytes);
    const english = subsetNames((await build("**Bold** plain words")).bytes);
    const again = subsetNames((await build("**굵게** 보통 글자")).bytes);
    expect(korean).toHaveLength(2);
    expect(english).toHaveLength(2);
    expect(again).toEqual(korean);
    const tags = [...korean, ...english].map((name) => name.slice(0, 6));
    expect(new Set(tags).size).toBe(4);
    for (const tag of tags) expect(tag).toMatch(/^[A-Z]{6}$/);
  });
});

describe("PDF output", () => {
  it("breaks a Korean paragraph only at spaces of the source, and splits an over-long word without losing characters", async () => {
    const words = "재고 수량 불일치 없이 마흔여덟 개 센터를 순서대로 전환해야 했고 매일 밤 비교 배치를 돌려 차이를 보고했습니다".split(" ");
    const long = "물류센터재고시스템마이그레이션프로젝트";
    const { bytes } = await build(`${words.join(" ")}\n\n${long}`, 90);
    const lines = (await pdfLines(bytes)).flat();
    expect(lines.length).toBeGreaterThan(6);
    const split = lines.findIndex((l) => l.startsWith("물류"));
    const wordLines = lines.slice(0, split);
    expect(wordLines.map((l) => l.trim()).join(" ").split(/ +/)).toEqual(words);
    const longLines = lines.slice(split);
    expect(longLines.length).toBeGreaterThan(1);
    expect(longLines.join("")).toBe(long);
  });

  it("has every character of mixed text in the PDF or reported, in subset fonts", async () => {
    const source = "한국어 English 漢字 ★ ✓ 😀 ✅ 🦄 끝";
    const { bytes, missing } = await build(source);
    const text = (await pdfLines(bytes)).flat().join("");
    for (const char of "한국어English漢字★✓끝") expect(text).toContain(char);
    expect(text).toContain(":)");
    expect(missing).toEqual([{ char: "🦄", codePoint: 0x1f984 }]);
    expect(text).toContain("<U+1F984>");
    const fonts = [...Buffer.from(bytes).toString("latin1").matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(0);
    for (const name of fonts) expect(name).toMatch(/^[A-Z]{6}\+NotoSansKR-/);
  });

  it("falls back per character to the next font of the stack", async () => {
    const pdfjs = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
    const regular = join(pdfjs, "standard_fonts", "LiberationSans-Regular.ttf");
    const noto = join(dirname(createRequire(import.meta.url).resolve("@embedpdf/fonts-kr")), "..", "fonts", "NotoSansKR-Regular.otf");
    const doc = await createPdf({ size: A5, fonts: { regular, fallbacks: [noto] } });
    doc.flowPages(parseMarkdown("Latin 한글"), frame, body);
    const items = (await pdfItems(await doc.end())).flat();
    const fontOf = (s: string) => items.find((i) => i.str.includes(s))?.fontName;
    expect(items.map((i) => i.str).join("")).toContain("한글");
    expect(fontOf("Latin")).not.toBe(fontOf("한글"));
  });

  it("reads nested lists, a table, code and a quote in order; <!-- page --> starts a page", async () => {
    const md = [
      "## 예상질문", "", "1) 첫 질문", "   - 하위 요점 가", "   - 하위 요점 나", "2) 둘째 질문", "",
      "| LP | 이야기 |", "|---|---|", "| 주인의식 | 결제 장애 |", "", "```", "const retry = 3;", "```", "",
      "> 인용된 문장", "", "<!-- page -->", "", "둘째 쪽",
    ].join("\n");
    const pages = await pdfLines((await build(md)).bytes);
    expect(pages).toHaveLength(2);
    expect(pages[0]?.map((l) => l.replace(/\s+/g, " ").trim())).toEqual([
      "예상질문", "1) 첫 질문", "• 하위 요점 가", "• 하위 요점 나", "2) 둘째 질문", "LP 이야기", "주인의식 결제 장애", "const retry = 3;", "인용된 문장",
    ]);
    expect(pages[1]).toEqual(["둘째 쪽"]);
  });

  it("is byte-identical for the same input; SOURCE_DATE_EPOCH changes only the dates (and the ID made from them)", async () => {
    const md = "# 제목\n\n본문 *기울임* **굵게** [link](https://example.com)";
    const a = (await build(md)).bytes;
    const b = (await build(md)).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const before = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = "1700000000";
    const c = (await build(md)).bytes;
    if (before === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = before;
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
    const strip = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1").replace(/D:\d{14}Z/g, "D").replace(/<[0-9a-f]{32}>/g, "<id>");
    expect(strip(c)).toBe(strip(a));
    expect(Buffer.from(c).toString("latin1")).toContain("D:20231114221320Z");
  });
});
