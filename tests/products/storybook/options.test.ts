/** The story book's own front-matter settings: defaults, overrides and errors that name the key's line. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticError, formatDiagnostic } from "../../../src/diagnostics.js";
import { bookOptions } from "../../../src/products/storybook/options.js";

async function templateFile(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "storybook-options-")), "storybook.md.hbs");
  await writeFile(path, text);
  return path;
}

function messages(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics.map(formatDiagnostic);
    throw error;
  }
  return [];
}

describe("bookOptions", () => {
  it("labels STAR parts in the notes' language and starts stories on a new page by default", () => {
    expect(bookOptions({}, "ko", "t.hbs")).toMatchObject({ storyStart: "page", coverageColumns: 8, labels: { situation: "상황", task: "과제", action: "행동", result: "결과" } });
    expect(bookOptions({}, "en", "t.hbs").labels).toMatchObject({ situation: "Situation", result: "Result", placeholder: "— not written yet —" });
  });

  it("takes storyStart, coverageColumns and label overrides from the front matter", () => {
    const options = bookOptions({ storyStart: "rule", coverageColumns: 16, labels: { situation: "Context" } }, "en", "t.hbs");
    expect(options).toMatchObject({ storyStart: "rule", coverageColumns: 16, labels: { situation: "Context", task: "Task" } });
  });

  it("reports bad values and unknown keys at their line, with a suggestion", async () => {
    const path = await templateFile("---\npaper: a4\nstoryStart: chapter\nlabels:\n  situaton: Context\ncoverageColums: 4\n---\nbody\n");
    const found = messages(() => bookOptions({ storyStart: "chapter", labels: { situaton: "Context" }, coverageColums: 4 }, "en", path));
    expect(found).toEqual([
      `${path}:6:1: error Unknown story book setting \`coverageColums\`, did you mean \`coverageColumns\`?  template-front-matter`,
      `${path}:3:1: error \`storyStart\` must be \`page\` or \`rule\`, got \`chapter\`  template-front-matter`,
      `${path}:5:1: error Unknown label \`situaton\`, did you mean \`situation\`?  template-front-matter`,
    ]);
  });
});
