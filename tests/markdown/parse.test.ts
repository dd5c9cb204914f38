import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../src/markdown/parse.js";
import type { Block } from "../../src/markdown/types.js";

describe("parseMarkdown", () => {
  it("keeps list start numbers and the `1)` delimiter", () => {
    const [list] = parseMarkdown("3) 셋\n4) 넷\n");
    expect(list).toMatchObject({ kind: "list", ordered: true, start: 3, delimiter: ")" });
  });

  it("turns directives into blocks and keeps the text of unknown HTML", () => {
    const blocks = parseMarkdown("앞\n\n<!-- page -->\n\n<!-- anchor story-1 -->\n\n<details><summary>요약</summary>\n\n본문\n\n</details>\n\n<!-- column -->\n");
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "page", "anchor", "paragraph", "paragraph", "column"]);
    expect(blocks[2]).toEqual({ kind: "anchor", name: "story-1" });
    expect(JSON.stringify(blocks)).toContain("요약");
  });

  it("keeps inline styles and keeps a single newline as a line break", () => {
    const [p] = parseMarkdown("**굵게** *기울임* `code` [링크](#s1)\n다음 줄 &amp; 끝");
    expect(p).toEqual({
      kind: "paragraph",
      runs: [
        { text: "굵게", bold: true }, { text: " " }, { text: "기울임", italic: true }, { text: " " },
        { text: "code", code: true }, { text: " " }, { text: "링크", link: "#s1" }, { text: "\n다음 줄 & 끝" },
      ],
    } satisfies Block);
  });

  it("maps headings 5 and 6 to level 4, and reads tables", () => {
    const blocks = parseMarkdown("##### 작은 제목\n\n| LP | 이야기 |\n|---|---|\n| 주인의식 | 결제 장애 |\n");
    expect(blocks[0]).toMatchObject({ kind: "heading", level: 4 });
    expect(blocks[1]).toMatchObject({ kind: "table", header: [[{ text: "LP" }], [{ text: "이야기" }]], rows: [[[{ text: "주인의식" }], [{ text: "결제 장애" }]]] });
  });

  it("prints the arrows people type as arrows, but not inside code", () => {
    const [p] = parseMarkdown("재고 이전 -> 실패 0건, A => B, `a->b`");
    expect(p).toEqual({ kind: "paragraph", runs: [{ text: "재고 이전 → 실패 0건, A ⇒ B, " }, { text: "a->b", code: true }] } satisfies Block);
  });

  it("leaves out empty list items, and a list of nothing but empty items", () => {
    const blocks = parseMarkdown("1) 첫째\n2)\n3) 셋째\n\n텍스트\n\n- \n-\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ kind: "list", start: 1, items: [{ blocks: [{ kind: "paragraph", runs: [{ text: "첫째" }] }] }, { blocks: [{ kind: "paragraph", runs: [{ text: "셋째" }] }] }] });
    expect(blocks[1]).toMatchObject({ kind: "paragraph" });
  });
});
