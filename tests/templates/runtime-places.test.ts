/** Template errors that Handlebars raises without a place are still reported at their file, line and column. */
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { messageOf, type Diagnostic } from "../../src/diagnostics.js";
import { loadTemplate } from "../../src/templates/index.js";
import { sampleModel } from "./sample-model.js";
import { tempTemplates } from "./temp-templates.js";
import { diagnosticsOf, placeOf } from "./thrown.js";

const FRONT = "---\ncolumns: 2\n---\n";

async function render(body: string, partials: Record<string, string> = {}): Promise<{ diagnostics: Diagnostic[]; text: string; dir: string }> {
  const text = FRONT + body;
  const dir = await tempTemplates({ "probe.md.hbs": text, ...partials });
  return { diagnostics: diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }).render(sampleModel())), text, dir };
}

describe("errors Handlebars gives no place", () => {
  test("a field looked up on text is located, and the text is not quoted", async () => {
    const { diagnostics, text, dir } = await render("# {{document.title}}\n\nSee {{document.title.short}} here\n");
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: join(dir, "probe.md.hbs"), ruleId: "template-runtime", ...placeOf(text, "{{document.title.short}}") });
    expect(diagnostics[0]?.message).toBe("Cannot read `short` of a text: only objects have fields");
  });

  test("a dynamic partial that names no partial is located", async () => {
    const { diagnostics, text } = await render("# x\n\n{{> (lookup document \"language\")}}\n");
    expect(diagnostics[0]).toMatchObject({ ruleId: "template-unknown-partial", ...placeOf(text, "{{> (lookup") });
    expect(diagnostics[0]?.message).toMatch(/^Unknown partial `\w+`$/);
  });

  test("a partial that includes itself without end is located at the call, in the partial's file", async () => {
    const { diagnostics, dir } = await render("# x\n\n{{> loop}}\n", { "partials/loop.md.hbs": "a\n{{> loop}}\n" });
    expect(diagnostics[0]).toMatchObject({ file: join(dir, "partials", "loop.md.hbs"), line: 2, column: 1, ruleId: "template-runtime" });
    expect(diagnostics[0]?.message).toBe("Partials nested too deep: does a partial include itself without end?");
  });
});

describe("helpers and inline partials", () => {
  test("an unknown helper is named as a helper, with the nearest known one", async () => {
    const { diagnostics, text } = await render("# x\n\n{{shortn document.title 10}}\n{{#eachh principles}}x{{/eachh}}\n{{frobnicate document.title}}\n");
    expect(diagnostics.map((d) => [messageOf(d), d.ruleId, d.line, d.column])).toEqual([
      ["Unknown helper `shortn`, did you mean `shorten`?", "template-unknown-helper", placeOf(text, "shortn").line, placeOf(text, "{{shortn").column],
      ["Unknown helper `eachh`, did you mean `each`?", "template-unknown-helper", placeOf(text, "eachh").line, placeOf(text, "{{#eachh").column],
      ["Unknown helper `frobnicate`", "template-unknown-helper", placeOf(text, "frobnicate").line, placeOf(text, "{{frob").column],
    ]);
  });

  test("inline partials work", async () => {
    const text = FRONT + '{{#*inline "row"}}- {{name}}\n{{/inline}}\n# Principles\n\n{{#each principles}}{{> row}}{{/each}}\n';
    const dir = await tempTemplates({ "probe.md.hbs": text });
    const model = sampleModel();
    const markdown = loadTemplate("probe", { templatesDir: dir }).render(model);
    for (const principle of model.principles) expect(markdown).toContain(`- ${principle.name}\n`);
  });
});
