import { describe, expect, test } from "vitest";
import { sheetData } from "../../src/products/cheatsheet/index.js";
import { loadTemplate } from "../../src/templates/index.js";
import { sampleModel } from "./sample-model.js";

const render = (model = sampleModel("en"), detail = 2) => loadTemplate("cheatsheet").render(sheetData(model, detail));

describe("default cheat sheet", () => {
  test("renders the golden markdown for Korean notes", async () => {
    await expect(render(sampleModel("ko"))).toMatchFileSnapshot("./__snapshots__/cheatsheet.ko.md");
  });

  test("renders the golden markdown for English notes", async () => {
    await expect(render(sampleModel("en"))).toMatchFileSnapshot("./__snapshots__/cheatsheet.en.md");
  });

  test("asks for one A4 page in columns that shrinks to fit down to 6 pt", () => {
    const { layout, origin } = loadTemplate("cheatsheet");
    expect(origin).toBe("default");
    expect(layout).toMatchObject({ paper: "a4", fit: "shrink", minFontSize: 6 });
    expect(layout.columns).toBeGreaterThanOrEqual(3);
    expect(layout.margins.top).toBe(10);
  });

  test("shows every principle, its stories with key results and questions, and marks the principles the notes say nothing about", () => {
    const markdown = render();
    for (const name of ["Customer Obsession", "Ownership", "Frugality", "Deliver Results", "Earn Trust"]) expect(markdown).toContain(name);
    const section = (name: string) => markdown.split(name)[1]?.split("###")[0] ?? "";
    expect(section("5. Earn Trust")).toContain("— no story yet —");
    expect(section("1. Customer Obsession")).not.toContain("— no story yet —");
    expect(section("1. Customer Obsession")).toContain("고객에서 출발해 거꾸로 일한다.");
    expect(markdown).toMatch(/창고 재고 DB 이전 \(48 sites\)\*\* — .*0건/);
    expect(markdown).toContain("\\*cost\\* \\| cut** — ");
    expect(section("2. Ownership")).toContain("- Q1 가장 어려웠던 프로젝트는?");
    expect(markdown).toMatch(/^- Q2 팀원과 의견이 달랐던 경험\? \*\(no answer yet\)\*$/m);
  });

  test("leaves out questions and actions at lower detail, keeping every principle and story", () => {
    const [full, less, least] = [2, 1, 0].map((detail) => render(sampleModel("en"), detail));
    expect(full).toContain("이중 기록 구간을 두고");
    expect(less).not.toContain("이중 기록 구간을 두고");
    expect(less).toContain("- Q1 가장 어려웠던");
    expect(least).not.toContain("- Q1 가장 어려웠던");
    for (const text of [full, less, least]) for (const title of ["창고 재고 DB 이전", "Earn Trust", "결제 승인율 급락"]) expect(text).toContain(title);
  });

  test("the strip of questions not linked to a principle disappears when every question is linked", () => {
    const model = sampleModel("en");
    model.questions = model.questions.map((q) => ({ ...q, principles: ["ownership"] }));
    expect(render(model)).not.toContain("not linked to a principle");
  });

  test("rendering twice gives the same text (no state kept between renders)", () => {
    expect(render()).toBe(render());
  });
});

describe("default cheat sheet with sparse notes", () => {
  test("the header skips empty fields without stray separators; blank questions are left out", () => {
    const model = sampleModel("en");
    model.document.role = "";
    model.document.company = "";
    model.questions.push({ ...model.questions[1]!, id: "q4", number: 4, text: "" });
    const markdown = render(model);
    expect(markdown.split("\n")[2]).toBe("14 March 2025 · Minseo");
    expect(markdown).not.toMatch(/^- Q4/m);
  });
});
