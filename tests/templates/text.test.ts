import { describe, expect, test } from "vitest";
import { firstSentence, formatDate, indent, keyFigure, plain, truncate } from "../../src/templates/text.js";
import { marked } from "marked";

describe("keyFigure", () => {
  test.each([
    ["전환 중 불일치 0건, 다운타임 평균 12분.", "0건"],
    ["다운타임 평균 12분으로 줄임", "12분"],
    ["응답 시간 35% 감소", "35% 감소"],
    ["p99 latency -35% after the rollout", "-35%"],
    ["saved $2M a year", "$2M"],
    ["3x more throughput", "3x"],
    ["2년차 때 합류, 48개 센터 전환", "48개"],
    ["from 900 ms to 120 ms", "900 ms"],
  ])("%s → %s", (text, figure) => {
    expect(keyFigure(text)).toBe(figure);
  });

  test("returns an empty string when the text has no figure worth showing", () => {
    expect(keyFigure("Shipped it in 2021 with team 4")).toBe("");
    expect(keyFigure("")).toBe("");
  });
});

describe("plain", () => {
  test("user characters stay literal text when marked reads the result", () => {
    const title = "Cost *cut* | _half_ <b>bold</b> [link](x) # 1 & co";
    const html = marked.parseInline(plain(title), { async: false });
    expect(html).not.toMatch(/<em>|<strong>|<b>|<a /);
    expect(html).toContain("*cut*");
    expect(html).toContain("&lt;b&gt;");
  });

  test("a title cannot become a list item, quote or heading, and stays on one line", () => {
    for (const title of ["- item", "> quoted", "12. numbered", "# heading", "two\nlines"]) {
      const tokens = marked.lexer(plain(title));
      expect(tokens.map((t) => t.type)).toEqual(["paragraph"]);
    }
  });

  test("a pipe inside a table cell does not split the cell", () => {
    const table = `| a | b |\n|---|---|\n| ${plain("x | y")} | z |\n`;
    const [token] = marked.lexer(table);
    expect(token?.type).toBe("table");
    expect(token && "rows" in token ? token.rows[0].length : 0).toBe(2);
  });
});

describe("text helpers", () => {
  test("firstSentence stops at the first sentence end, Korean and English", () => {
    expect(firstSentence("고객에서 출발한다. 그다음에 일한다.")).toBe("고객에서 출발한다.");
    expect(firstSentence("Version 1.2 shipped! Then more.")).toBe("Version 1.2 shipped!");
    expect(firstSentence("no end mark\nsecond line")).toBe("no end mark");
  });

  test("truncate counts characters, not bytes, and marks the cut", () => {
    expect(truncate("가나다라마바사", 4)).toBe("가나다…");
    expect(truncate("short", 10)).toBe("short");
  });

  test("formatDate writes ISO dates in the notes' language and leaves other text alone", () => {
    expect(formatDate("2025-03-14", "long", "ko")).toBe("2025년 3월 14일");
    expect(formatDate("2025-03-14", "long", "en")).toBe("14 March 2025");
    expect(formatDate("2025-03-14", "short", "en")).toBe("14 Mar");
    expect(formatDate("next Tuesday", "long", "en")).toBe("next Tuesday");
  });

  test("indent pads non-empty lines only", () => {
    expect(indent("a\n\nb", 3)).toBe("   a\n\n   b");
  });
});
