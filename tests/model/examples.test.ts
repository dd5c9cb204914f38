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

const question = (model: Model, text: string) => model.questions.find((q) => q.text === text);

describe("notes-principles-en.md (questions under principles, a legend, a fenced story)", async () => {
  const { model, unplaced } = await modelOf("notes-principles-en.md");
  const { diagnostics } = await loadModel([`${EXAMPLES}/notes-principles-en.md`], { cwd: process.cwd() });

  it("has exactly the two stories, whole, linked to their principles", () => {
    expect(model.stories.map((s) => [s.title, s.principles, s.missing])).toEqual([
      ["the search page redesign", ["customer-obsession"], []],
      ["Ledger store rollback", ["are-right-a-lot"], []],
    ]);
    expect(story(model, "the search page redesign")?.action).toContain("found that the filters had moved below the fold");
    const ledger = story(model, "Ledger store rollback");
    expect(ledger?.result).toBe("Month-end closing went from 9 hours to 40 minutes, with no lost entries.");
    expect(ledger?.fit).toContain("paid for it myself");
  });

  it("has exactly 14 questions, none numbered or quoted, linked by scope and mention", () => {
    expect(model.questions).toHaveLength(14);
    expect(model.questions.every((q) => !/^\d|^["“]/.test(q.text))).toBe(true);
    const of = (id: string) => model.principles.find((p) => p.id === id)?.questions.length ?? 0;
    expect(of("customer-obsession")).toBeGreaterThanOrEqual(2);
    expect(of("ownership")).toBe(4);
    expect(question(model, "Tell me about a deadline you nearly missed.")?.principles).toEqual(["deliver-results"]);
    expect(model.questions.find((q) => q.text.startsWith("What was your biggest mistake"))?.principles).toEqual(["customer-obsession", "earn-trust"]);
    expect(model.principles.filter((p) => p.questions.length > 0)).toHaveLength(7);
  });

  it("keeps the legend, the wording advice and the kinds of questions as notes", () => {
    const sections = Object.fromEntries(model.document.sections.map((s) => [s.title, s.text]));
    expect(sections["STAR, how I answer"]).toContain("activity  - what I did");
    expect(sections["Wording"]).toContain("Two minutes per answer");
    expect(sections["3 kinds of questions I get"]).toContain("Hypotheticals");
    expect(model.questions.some((q) => q.text === "Past behaviour" || q.text === "Why this company")).toBe(false);
  });

  it("keeps the quoted principle sentence with Are Right, A Lot and Ownership's sentence as its definition", () => {
    const principle = (id: string) => model.principles.find((p) => p.id === id);
    expect(principle("are-right-a-lot")?.definition).toBe("Good judgement includes admitting the call was wrong, early.");
    expect(principle("ownership")?.definition).toBe("Owners think about the long run and act for the whole company, not only their own team.");
  });

  it("warns of no unknown principle and places every line", () => {
    expect(diagnostics.filter((d) => d.ruleId === "unknown-principle" || d.ruleId === "star-missing-part")).toEqual([]);
    expect(unplaced).toBe(0);
  });

  it("matches its golden model", async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot("./golden/notes-principles-en.json");
  });
});

describe("notes-principles-ko.md (검증질문 with translations, 예상질문 linked by Korean words)", async () => {
  const { model, unplaced } = await modelOf("notes-principles-ko.md");

  it("has exactly one story, complete, linked to Customer Obsession", () => {
    expect(model.stories.map((s) => [s.title, s.principles, s.missing])).toEqual([["배포 실패 알림 서비스", ["customer-obsession"], []]]);
  });

  it("has exactly 12 questions; English ones keep their Korean line as a translation", () => {
    expect(model.questions).toHaveLength(12);
    const first = question(model, "Tell me about a customer problem you solved that was not in your job description.");
    expect(first?.translation).toBe("내 업무 범위가 아니었던 고객 문제를 해결한 경험을 말해 주세요.");
    expect(first?.principles).toEqual(["customer-obsession"]);
    expect(model.questions.filter((q) => q.translation !== "")).toHaveLength(3);
    expect(model.questions.some((q) => q.text.startsWith("내 업무 범위가"))).toBe(false);
    expect(question(model, "팀 밖의 일까지 맡아서 끝낸 적이 있나요?")?.principles).toEqual(["ownership"]);
    expect(question(model, "최고의 기준을 끝까지 지켰던 적이 있나?")?.principles).toEqual(["insist-on-the-highest-standards"]);
  });

  it("links the expected questions by the Korean words in them", () => {
    const links = Object.fromEntries(model.questions.slice(6).map((q) => [q.text, q.principles]));
    expect(links).toEqual({
      "자기소개 (1분)": [],
      "고객에 집착했던 경험은?": ["customer-obsession"],
      "고객에게 만족스러운 경험을 드린 사례": ["customer-obsession"],
      "단기 성과보다 장기적인 가치를 택한 경험": ["ownership"],
      "창의적인 방법으로 문제를 푼 경험": ["invent-and-simplify"],
      "비용을 아낀 경험 (근검절약)": ["frugality"],
    });
  });

  it("keeps the bold lines and bare items inside Customer Obsession as its notes", () => {
    const notes = model.principles.find((p) => p.id === "customer-obsession")?.notes.map((n) => n.text).join("\n") ?? "";
    expect(notes).toContain("**먼저 찾아가서 해결한 사례**");
    expect(notes).toContain("비용 리포트 자동화");
    expect(model.document.sections.map((s) => s.title)).not.toContain("먼저 찾아가서 해결한 사례");
  });

  it("places every line", () => {
    expect(unplaced).toBe(0);
  });

  it("matches its golden model", async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot("./golden/notes-principles-ko.json");
  });
});
