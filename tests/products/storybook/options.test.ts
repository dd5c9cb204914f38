/** The story book's own front-matter settings: defaults, overrides and errors that name the key's line. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticError, formatDiagnostic } from "../../../src/diagnostics.js";
import { bookOptions } from "../../../src/products/storybook/options.js";
import { DEFAULT_LAYOUT } from "../../../src/templates/index.js";
import { resolveLayout } from "../../../src/templates/layout.js";
import { readTemplateSource } from "../../../src/templates/source.js";

/** A template with only these extra front matter keys (no file: lines unknown). */
const keys = (extra: Record<string, unknown>) => ({ path: "t.hbs", layout: { ...DEFAULT_LAYOUT, extra } });

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
  it("labels STAR parts in the notes' language and runs stories on, each kept whole, by default", () => {
    expect(bookOptions(keys({}), "ko")).toMatchObject({ storyStart: "auto", labels: { situation: "상황", task: "과제", action: "행동", result: "결과" } });
    expect(bookOptions(keys({}), "en").labels).toMatchObject({ situation: "Situation", result: "Result", placeholder: "— not written yet —" });
  });

  it("takes storyStart and label overrides from the front matter", () => {
    const options = bookOptions(keys({ storyStart: "rule", labels: { situation: "Context" } }), "en");
    expect(options).toMatchObject({ storyStart: "rule", labels: { situation: "Context", task: "Task" } });
  });

  it("reports bad values and unknown keys at their line, with a suggestion", async () => {
    const path = await templateFile("---\npaper: a4\nstoryStart: chapter\nlabels:\n  situaton: Context\nstoryStrat: page\n---\nbody\n");
    const found = messages(() => bookOptions({ path, layout: resolveLayout(readTemplateSource(path)) }, "en"));
    expect(found).toEqual([
      `${path}:6:1: error \`storyStrat\` is not a known key, did you mean \`storyStart\`?  template-front-matter`,
      `${path}:3:1: error \`storyStart\` must be one of \`auto\`, \`page\`, \`rule\`, got \`chapter\`  template-front-matter`,
      `${path}:5:1: error \`labels.situaton\` is not a known key, did you mean \`situation\`?  template-front-matter`,
    ]);
  });
});
