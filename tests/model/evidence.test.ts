/** The pieces of evidence the reader weighs: question shapes, section words, labels, scripts. */
import { describe, expect, it } from "vitest";
import { askShape, isGenericLabel, isMethodHeading, scriptOf, sectionWords, storyPrefix } from "../../src/model/evidence.js";

describe("askShape", () => {
  it.each([
    ["Tell me about a time you were wrong.", "strong"],
    ["Walk me through a launch you led", "strong"],
    ['"Describe a conflict."', "strong"],
    ["Hardest project so far?", "strong"],
    ["What was your biggest mistake? (earn trust)", "strong"],
    ["팀 밖의 일까지 맡아서 끝낸 적이 있나요?", "strong"],
    ["최고의 기준을 끝까지 지켰던 적이 있나", "strong"],
    ["경험을 말해 주세요.", "strong"],
    ["단기 성과보다 장기적인 가치를 택한 경험", "weak"],
    ["Why this company", "weak"],
    ["billing service rewrite", null],
    ["Say I, not we.", null],
    ["상위 3개 유형이 전부 \"내 반품 어디까지 왔나요\"였음", null],
    ["", null],
  ])("%s → %s", (text, shape) => {
    expect(askShape(text)).toBe(shape);
  });
});

describe("section words, labels and scripts", () => {
  it("tells a heading about questions from a list of questions", () => {
    expect(["예상질문", "## Questions", "3 kinds of questions I get", "How to answer questions", "Examples", "**LP**", "내 사례", "Story bank"].map(sectionWords)).toEqual([
      "questions", "questions", "notes", "notes", "other", "principles", "stories", "stories",
    ]);
  });

  it("reads story labels, generic labels and method headings", () => {
    expect(storyPrefix("STAR Example: Ledger store rollback")).toBe("Ledger store rollback");
    expect(storyPrefix("사례: 장애 보고서 자동화")).toBe("장애 보고서 자동화");
    expect(storyPrefix("Story time")).toBeNull();
    expect(["**Answer**:", "My answer (STAR):", "Structure", "답변"].every(isGenericLabel)).toBe(true);
    expect(isGenericLabel("Billing rewrite")).toBe(false);
    expect([isMethodHeading("STAR, how I answer"), isMethodHeading("STAR stories")]).toEqual([true, false]);
  });

  it("tells Korean from English text", () => {
    expect([scriptOf("고객 문제를 해결한 경험"), scriptOf("Tell me about it"), scriptOf("123 !!")]).toEqual(["ko", "en", null]);
  });
});
