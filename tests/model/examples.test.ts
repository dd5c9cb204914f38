/** The two example notes in ../shared/examples read as their owners mean them. */
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/model/index.js";
import type { Model } from "../../src/model/types.js";

const EXAMPLES = "../shared/examples";

async function modelOf(name: string): Promise<{ model: Model; unplaced: number }> {
  const { model, diagnostics } = await loadModel([`${EXAMPLES}/${name}`], { cwd: process.cwd(), unplaced: true });
  if (!model) throw new Error(`no model for ${name}`);
  return { model, unplaced: diagnostics.filter((d) => d.ruleId === "unplaced-line").length };
}

const story = (model: Model, title: string) => model.stories.find((s) => s.title === title);

describe("notes-ko.md", async () => {
  const { model, unplaced } = await modelOf("notes-ko.md");

  it("has the 16 principles under their catalogue ids", () => {
    expect(model.principles).toHaveLength(16);
    expect(model.principles.map((p) => p.id)).toContain("have-backbone-disagree-and-commit");
    expect(model.principles.every((p) => p.source !== null)).toBe(true);
  });

  it("has 10 questions, the empty ones kept without an answer", () => {
    expect(model.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(model.questions[4]).toMatchObject({ text: "", answer: "" });
    expect(model.questions.filter((q) => q.answer === "").map((q) => q.number)).toEqual([5, 6, 7, 8]);
  });

  it("keeps the prose of questions 1, 9 and 10 as their answers", () => {
    expect(model.questions[0]?.answer).toContain("주문 취소 과정이 너무 간단했던 경험");
    expect(model.questions[0]?.answer).toContain("환불 알림이 그렇습니다");
    expect(model.questions[8]?.answer).toContain("Glacier로 옮기고");
    expect(model.questions[8]?.answer).toContain("검색 속도는 오히려 빨라졌습니다");
    expect(model.questions[9]?.answer).toContain("대신 한번 시작하면 꾸준히 합니다");
  });

  it("reads the migration story whole and the payment story with its gaps", () => {
    const migration = story(model, "물류센터 재고 시스템 마이그레이션");
    expect(migration?.missing).toEqual([]);
    expect(migration?.situation).toContain("팀 리드가 중간에 이직하면서");
    expect(migration?.action).toContain("현장 담당자와 매주 통화");
    const payment = story(model, "결제 장애 대응");
    expect(payment?.missing).toEqual(["task", "action", "result"]);
    expect(payment?.notes.map((n) => n.text).join("\n")).toContain("지표로 정리 필요!!");
    expect(model.questions[2]?.stories).toEqual([migration?.id, payment?.id]);
  });

  it("links the stories under Customer Obsession and Ownership to those principles", () => {
    const co = model.principles.find((p) => p.id === "customer-obsession");
    const ownership = model.principles.find((p) => p.id === "ownership");
    expect(co?.stories).toHaveLength(1);
    expect(ownership?.stories).toHaveLength(1);
    expect(story(model, model.stories.find((s) => s.id === co?.stories[0])?.title ?? "")?.result).toContain("35% 감소");
    expect(model.stories.find((s) => s.id === ownership?.stories[0])?.principles).toEqual(["ownership"]);
  });

  it("places every line", () => {
    expect(unplaced).toBe(0);
  });

  it("matches its golden model", async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot("./golden/notes-ko.json");
  });
});

describe("notes-en.md", async () => {
  const { model, unplaced } = await modelOf("notes-en.md");

  it("has 3 stories with the principles of their Principles: lines", () => {
    expect(model.stories.map((s) => [s.title, s.principles])).toEqual([
      ["Nightly pipeline rescue", ["ownership", "dive-deep", "deliver-results"]],
      ["Saying no to the reporting shortcut", ["insist-on-the-highest-standards", "have-backbone-disagree-and-commit"]],
      ["Cutting the warehouse bill", ["invent-and-simplify", "frugality"]],
    ]);
    expect(model.stories.every((s) => s.missing.length === 0)).toBe(true);
  });

  it("has 4 questions linked to the stories they name", () => {
    expect(model.questions.map((q) => q.stories)).toEqual([["nightly-pipeline-rescue"], ["saying-no-to-the-reporting-shortcut"], ["cutting-the-warehouse-bill"], []]);
  });

  it("takes the table's hooks as those principles' notes", () => {
    const hooks = Object.fromEntries(model.principles.filter((p) => p.hook).map((p) => [p.id, p.hook]));
    expect(hooks).toEqual({
      "customer-obsession": "Finance is my customer: they close the books on my data.",
      ownership: "Pipeline rescue: not my team, still my problem.",
      "dive-deep": "The 400 GB spill.",
      frugality: "Warehouse bill, 31%.",
    });
    expect(model.principles.find((p) => p.id === "dive-deep")?.notes.map((n) => n.text)).toEqual(["The 400 GB spill."]);
  });

  it("reads the document fields and places every line", () => {
    expect(model.document).toMatchObject({ title: "Behavioural loop prep", author: "Sam Rivera", role: "Senior Data Engineer", date: "2026-12-03", language: "en" });
    expect(unplaced).toBe(0);
  });

  it("matches its golden model", async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot("./golden/notes-en.json");
  });
});
