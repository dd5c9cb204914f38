/** Front matter: YAML read safely (bounded aliases, located errors) and values checked by kind. */
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/notes/frontmatter.js";

const BOMB = [
  "---",
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
  "---",
  "",
  "**예상질문**",
].join("\n");

describe("front matter YAML", () => {
  it("stops an alias bomb with a located error, quickly", () => {
    const start = performance.now();
    const { diagnostics, body } = splitFrontMatter(BOMB, "bomb.md");
    expect(performance.now() - start).toBeLessThan(2000);
    expect(body).toBe("");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "bomb.md", line: 3, severity: "error", ruleId: "front-matter-yaml" });
    expect(diagnostics[0]?.message).toContain("alias");
  });

  it("reports an unclosed quote at the line where it opens", () => {
    const text = ["---", "author: Kim", 'title: "Loop prep', "role: Backend", "company: Northwind", "---", "", "# Notes"].join("\n");
    const { diagnostics } = splitFrontMatter(text, "quote.md");
    expect(diagnostics).toMatchObject([{ line: 3, column: 8, severity: "error", ruleId: "front-matter-yaml" }]);
    expect(diagnostics[0]?.message).not.toContain("Backend");
  });

  it("warns at its line about a value of the wrong kind, and does not use it", () => {
    const text = ["---", "title: [1, 2]", "author: Mina", "interview_date: garbage", "language: xx", "principles: {a: 1}", "---", "", "text"].join("\n");
    const { frontMatter, diagnostics } = splitFrontMatter(text, "kinds.md");
    expect(diagnostics.map((d) => [d.line, d.severity, d.ruleId])).toEqual([
      [2, "warning", "front-matter-value"],
      [4, "warning", "front-matter-value"],
      [5, "warning", "front-matter-value"],
      [6, "warning", "front-matter-value"],
    ]);
    expect(frontMatter).toMatchObject({ author: "Mina" });
    expect(frontMatter.title).toBeUndefined();
    expect(frontMatter.date).toBeUndefined();
    expect(frontMatter.language).toBeUndefined();
  });

  it("accepts dates as people write them and language names", () => {
    const text = ["---", "interview_date: 2026-12-03", "date: 2026년 12월 3일", "language: Korean", "---", "x"].join("\n");
    const { frontMatter, diagnostics } = splitFrontMatter(text, "ok.md");
    expect(diagnostics).toEqual([]);
    expect(frontMatter).toMatchObject({ date: "2026년 12월 3일", language: "ko" });
  });
});
