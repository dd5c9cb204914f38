/** Notes shapes found by mutating the examples (issue 13): every line still lands in the model, stories keep their tags. */
import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/assemble.js";
import { loadCatalogue } from "../../src/model/catalogue.js";
import { unplacedLines } from "../../src/model/unplaced.js";
import { classifyLines } from "../../src/notes/lines.js";

const catalogue = loadCatalogue();

function read(body: string) {
  const { model, diagnostics } = buildModel([{ path: "m.md", frontMatter: { extra: {} }, body, bodyLine: 1 }], catalogue);
  return { model, diagnostics, unplaced: unplacedLines(classifyLines(body, 1), model).map((l) => `${l.line}: ${l.raw}`) };
}

const STORY = ["S: the export failed every Monday", "T: find out why", "A: added retries and a dead-letter queue", "R: no failures for a quarter"];

describe("headings and bold lines under a story heading", () => {
  it("a `#### Background` heading is kept with the story", () => {
    const bold = ["**Situation:** the export failed every Monday", "**Task:** find out why", "**Action:** added retries", "**Result:** no failures for a quarter"];
    const { model, unplaced } = read(["### Story: Monday export", "#### Background", ...bold].join("\n"));
    expect(unplaced).toEqual([]);
    expect(model.stories.map((s) => [s.title, s.missing])).toEqual([["Monday export", []]]);
  });

  it("a `#### Principles: …` heading tags the story", () => {
    const { model, unplaced } = read(["### Story: Monday export", "#### Principles: Dive Deep, Ownership", ...STORY].join("\n"));
    expect(unplaced).toEqual([]);
    expect(model.stories[0]?.principles).toEqual(["ownership", "dive-deep"]);
  });

  it("bold section words under a story heading open their own section", () => {
    const { model, unplaced } = read(["### Story: Monday export", ...STORY, "", "**예상질문**", "", "1. 장애를 끝까지 추적한 경험은?"].join("\n"));
    expect(unplaced).toEqual([]);
    expect(model.stories).toHaveLength(1);
    expect(model.questions.map((q) => q.text)).toEqual(["장애를 끝까지 추적한 경험은?"]);
  });
});

describe("unusual characters inside STAR lines", () => {
  it("a U+2028 line separator inside an `S:` line stays in the situation", () => {
    const { model, unplaced } = read(["1) Monday export", "S: the export failed\u2028every Monday", ...STORY.slice(1)].join("\n"));
    expect(unplaced).toEqual([]);
    expect(model.stories[0]?.situation).toContain("every Monday");
  });
});

describe("rows that are not a table", () => {
  it("a row whose first cell reads as a STAR label, under a delimiter of another width, is found cell by cell", () => {
    const { unplaced } = read(["## Notes", "", "| a | b |1.", "|---|", "| 1 | 2 | 3 |"].join("\n"));
    expect(unplaced).toEqual([]);
  });
});

describe("broken HTML", () => {
  it("a tag left open before a whole one is still looked for as written", () => {
    const { unplaced } = read(["1. Ownership", "<summa", "<details><summary>Why?</summary>"].join("\n"));
    expect(unplaced).toEqual([]);
  });
});
