import { describe, expect, test } from "vitest";
import { loadTemplate } from "../../src/templates/index.js";
import { sampleModel } from "./sample-model.js";

describe("default cheat sheet", () => {
  test("renders the golden markdown for Korean notes", async () => {
    const markdown = loadTemplate("cheatsheet").render(sampleModel("ko"));
    await expect(markdown).toMatchFileSnapshot("./__snapshots__/cheatsheet.ko.md");
  });

  test("renders the golden markdown for English notes", async () => {
    const markdown = loadTemplate("cheatsheet").render(sampleModel("en"));
    await expect(markdown).toMatchFileSnapshot("./__snapshots__/cheatsheet.en.md");
  });

  test("asks for one A4 page in columns that shrinks to fit down to 6 pt", () => {
    const { layout, origin } = loadTemplate("cheatsheet");
    expect(origin).toBe("default");
    expect(layout).toMatchObject({ paper: "a4", fit: "shrink", minFontSize: 6 });
    expect(layout.columns).toBeGreaterThanOrEqual(3);
    expect(layout.margins.top).toBe(10);
  });

  test("shows every principle, its stories with key figures, and marks empty principles", () => {
    const markdown = loadTemplate("cheatsheet").render(sampleModel("en"));
    for (const name of ["Customer Obsession", "Ownership", "Frugality", "Deliver Results"]) {
      expect(markdown).toContain(name);
    }
    const customer = markdown.split("### 1. Customer Obsession")[1]?.split("###")[0] ?? "";
    expect(customer).toContain("— no story yet —");
    expect(markdown).toMatch(/창고 재고 DB 이전.*— \*\*0건\*\*/);
    expect(markdown).toContain("\\*cost\\* \\| cut — **-38%**");
    expect(markdown).toContain("- Q2 팀원과 의견이 달랐던 경험?");
    expect(markdown).not.toContain("Q1 ");
  });

  test("the unanswered-questions strip disappears when every question is answered", () => {
    const model = sampleModel("en");
    model.questions = model.questions.map((q) => ({ ...q, answer: "answered" }));
    expect(loadTemplate("cheatsheet").render(model)).not.toContain("Unanswered");
  });

  test("rendering twice gives the same text (no state kept between renders)", () => {
    const template = loadTemplate("cheatsheet");
    expect(template.render(sampleModel())).toBe(template.render(sampleModel()));
  });
});

describe("default cheat sheet with sparse notes", () => {
  test("the header skips empty fields without stray separators; blank questions are left out", () => {
    const model = sampleModel("en");
    model.document.role = "";
    model.document.company = "";
    model.questions.push({ ...model.questions[1]!, id: "q4", number: 4, text: "" });
    const markdown = loadTemplate("cheatsheet").render(model);
    expect(markdown.split("\n")[2]).toBe("14 March 2025 · Minseo");
    expect(markdown).not.toMatch(/^- Q4/m);
  });
});
