/** Property tests: for any notes built from the shapes people write, reading never throws and places every line. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/assemble.js";
import { loadCatalogue } from "../../src/model/catalogue.js";
import { unplacedLines } from "../../src/model/unplaced.js";
import { classifyLines } from "../../src/notes/lines.js";
import type { SourceFile } from "../../src/notes/read.js";

const catalogue = loadCatalogue();

const word = fc.constantFrom("재고", "배치", "고객", "release", "latency", "팀", "Ownership", "주인의식", "cusomer obsession", "->", "!!", "40%", "0건", "Dive Deep", "*강조*", "`code`", "<b>", "?", "결과를", "S3", "A/B", "(메모)", "[문서](https://example.com/a)", "![그림](img.png)", "<img", 'alt="x">', "<br>");
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(" "));
const indent = fc.constantFrom("", "", "   ", "      ", "  ", "\t");

const line = fc.oneof(
  words,
  fc.constantFrom("", "", ""),
  fc.tuple(fc.constantFrom("#", "##", "###", "####"), fc.constantFrom("예상질문", "Questions", "LP", "Stories", "Story: 배포 사고", "Customer Obsession", "지원 과정", "Situation", "결과"), fc.constantFrom("", " :star:")).map(([h, t, d]) => `${h} ${t}${d}`),
  fc.constantFrom("**예상질문**", "**LP**", "**스토리**", "**메모**", "**Situation:**", "**Action:**"),
  fc.tuple(indent, fc.constantFrom("1.", "2.", "10.", "1)", "2)", "-", "*", "- [ ]", "- [x]", "Q:", "Q2."), fc.oneof(words, fc.constant(""))).map(([i, m, t]) => `${i}${m} ${t}`.trimEnd()),
  fc.tuple(indent, fc.constantFrom("S:", "T:", "A:", "R:", "Situation:", "**Result:**", "상황:", "행동:", "S -", "R —", "- **A**:"), fc.oneof(words, fc.constant(""))).map(([i, l, t]) => `${i}${l} ${t}`),
  fc.tuple(indent, words).map(([i, t]) => `${i}${t}`),
  fc.tuple(fc.constantFrom("Principles:", "LP:", "관련 LP:"), fc.constantFrom("Ownership, Dive Deep", "근검절약", "Ownrship", "Think Bigly")).map(([l, t]) => `${l} ${t}`),
  fc.constantFrom("| Principle | hook |", "|---|---|", "| Frugality | 비용 31% |", "| 주인의식 | 끝까지 |", "| note | no principle |"),
  fc.constantFrom("```", "```sql", "<details>", "<summary>왜 이 팀인가요?</summary>", "</details>", "---"),
);

const notes = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 40 })).map(([frontMatter, lines]) => ({
  frontMatter,
  body: lines.join("\n"),
}));

function fileOf(body: string): SourceFile {
  return { path: "generated.md", frontMatter: { extra: {} }, body, bodyLine: 1 };
}

describe("reading generated notes", () => {
  it("never throws and places every non-blank line", () => {
    fc.assert(
      fc.property(notes, ({ body }) => {
        const { model } = buildModel([fileOf(body)], catalogue);
        const lost = unplacedLines(classifyLines(body, 1), model).map((l) => `${l.line}: ${l.raw}`);
        expect(lost).toEqual([]);
        expect(model.principles).toHaveLength(16);
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });

  it("gives every story a title and ids that are unique", () => {
    fc.assert(
      fc.property(notes, ({ body }) => {
        const { model } = buildModel([fileOf(body)], catalogue);
        expect(model.stories.every((s) => s.title.trim() !== "")).toBe(true);
        expect(new Set(model.stories.map((s) => s.id)).size).toBe(model.stories.length);
        expect(new Set(model.questions.map((q) => q.id)).size).toBe(model.questions.length);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
