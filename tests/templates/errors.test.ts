import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { formatDiagnostic, messageOf } from "../../src/diagnostics.js";
import { loadTemplate } from "../../src/templates/index.js";
import { sheetData } from "../../src/products/cheatsheet/index.js";
import { sampleModel } from "./sample-model.js";
import { tempTemplates } from "./temp-templates.js";
import { diagnosticsOf, placeOf } from "./thrown.js";

const FRONT = "---\ncolumns: 2\n---\n";

async function probe(body: string, files: Record<string, string> = {}) {
  const text = FRONT + body;
  const dir = await tempTemplates({ "probe.md.hbs": text, ...files });
  return { dir, text, path: join(dir, "probe.md.hbs") };
}

describe("unknown fields", () => {
  test("a misspelt field names file, line and column and suggests the known name", async () => {
    const { dir, text, path } = await probe("# {{document.title}}\n{{#each stories}}- {{titel}}\n{{/each}}\n");
    const template = loadTemplate("probe", { templatesDir: dir });
    const [d] = diagnosticsOf(() => template.render(sampleModel()));
    const { line, column } = placeOf(text, "titel}}");
    expect(d).toEqual({
      file: path, line, column, severity: "error",
      message: "Unknown field `titel`", suggestion: "title", ruleId: "template-unknown-field",
    });
    expect(formatDiagnostic(d!)).toBe(`${path}:5:22: error Unknown field \`titel\`, did you mean \`title\`?  template-unknown-field`);
  });

  test("a misspelt helper argument is an error too, not a silent false", async () => {
    const { dir, text } = await probe("{{#if stroies}}yes{{/if}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }).render(sampleModel()));
    expect(d && messageOf(d)).toBe("Unknown field `stroies`, did you mean `stories`?");
    expect(d).toMatchObject(placeOf(text, "stroies}}"));
  });

  test("an error inside an overriding partial names the partial's file", async () => {
    const partial = "- {{plain title}}\n  {{plain reslt}}\n";
    const dir = await tempTemplates({ "partials/cheatsheet-story.md.hbs": partial });
    const [d] = diagnosticsOf(() => loadTemplate("cheatsheet", { templatesDir: dir }).render(sheetData(sampleModel(), 2)));
    expect(d).toMatchObject({
      file: join(dir, "partials", "cheatsheet-story.md.hbs"),
      line: 2,
      ruleId: "template-unknown-field",
      message: "Unknown field `reslt`",
      suggestion: "result",
    });
  });

  test("reading through an empty value says so instead of blaming a field name", async () => {
    const { dir } = await probe("{{#each principles}}{{source.file}}{{/each}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }).render(sampleModel()));
    expect(d).toMatchObject({ line: 4, ruleId: "template-runtime" });
    expect(d?.message).toBe("Cannot read `file` of an empty value (null): check it with {{#if}} first");
  });

  test("a helper's error is located at the helper call", async () => {
    const { dir, text, path } = await probe("{{#with (principle \"ownrship\")}}{{name}}{{/with}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }).render(sampleModel()));
    expect(d).toMatchObject({ file: path, ruleId: "template-runtime", ...placeOf(text, "(principle") });
    expect(d && messageOf(d)).toBe("principle: Unknown principle id `ownrship`, did you mean `ownership`?");
  });
});

describe("errors found before rendering", () => {
  test("a syntax error names the file and its line", async () => {
    const { dir, path } = await probe("# ok\n\n{{#each stories}}\n{{title}\n{{/each}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(d).toMatchObject({ file: path, line: 7, column: 8, ruleId: "template-parse" });
    expect(d?.message).toBe("Parse error after `{{title`: unexpected `}`");
  });

  test("an unclosed block is reported as such", async () => {
    const { dir } = await probe("{{#each stories}}\n{{title}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(d?.message).toContain("unexpected end of template");
  });

  test("mismatched blocks name the line of the closing tag", async () => {
    const { dir, path } = await probe("{{#each stories}}\n{{title}}\n{{/if}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(d).toMatchObject({ file: path, line: 4, ruleId: "template-parse", message: "each doesn't match if" });
  });

  test("an unknown partial is reported where it is used, with a suggestion", async () => {
    const { dir, path } = await probe("x\n{{> cheatsheet-principal}}\n");
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(d).toMatchObject({ file: path, line: 5, column: 1, ruleId: "template-unknown-partial" });
    expect(d && messageOf(d)).toBe("Unknown partial `cheatsheet-principal`, did you mean `cheatsheet-principle`?");
  });
});

describe("front matter", () => {
  test("JavaScript front matter is refused and never run", async () => {
    const text = "---js\n{ columns: (() => { globalThis.prepPrintRan = true; return 2; })() }\n---\nbody\n";
    const dir = await tempTemplates({ "probe.md.hbs": text });
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(d).toMatchObject({ line: 1, ruleId: "template-front-matter" });
    expect(d?.message).toContain("`js` is not allowed");
    expect("prepPrintRan" in globalThis).toBe(false);
  });

  test("every bad layout value is reported at its line; unknown keys are kept for products", async () => {
    const text = "---\npaper: a4\nfit: squeeze\ncolumns: three\ndeck: Amazon\n---\nbody\n";
    const dir = await tempTemplates({ "probe.md.hbs": text });
    const list = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(list.map((d) => [d.line, d.message])).toEqual([
      [4, "`columns` must be a whole number from 1 to 8, got `three`"],
      [3, "`fit` must be one of `shrink`, `none`, got `squeeze`"],
    ]);
    const ok = await tempTemplates({ "probe.md.hbs": "---\ndeck: Amazon\nmargins: { top: 5 }\n---\nbody\n" });
    const { layout } = loadTemplate("probe", { templatesDir: ok });
    expect(layout.extra).toEqual({ deck: "Amazon" });
    expect(layout.margins).toEqual({ top: 5, right: 15, bottom: 15, left: 15 });
    expect(layout).toMatchObject({ paper: "a4", columns: 1, fontSize: 10, fit: "none" });
  });

  test("broken YAML is reported at its file line", async () => {
    const dir = await tempTemplates({ "probe.md.hbs": "---\npaper: a4\n  bad: indent\n---\nbody\n" });
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    // The value of `paper` runs on into the badly indented line: the YAML reader stops where that value starts.
    expect(d).toMatchObject({ line: 2, column: 8, ruleId: "template-front-matter" });
    expect(d?.message).toBe("Invalid front matter: Nested mappings are not allowed in compact mappings");
  });

  test("a YAML alias bomb in a template's front matter is refused quickly, at its line", async () => {
    const bomb = ["---", 'a: &a ["x","x","x","x","x","x","x","x","x"]', "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]", "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]", "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]", "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]", "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]", "---", "body", ""].join("\n");
    const dir = await tempTemplates({ "probe.md.hbs": bomb });
    const started = performance.now();
    const [d] = diagnosticsOf(() => loadTemplate("probe", { templatesDir: dir }));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(d).toMatchObject({ ruleId: "template-front-matter" });
    expect(d?.message).toContain("too many aliases");
    expect(d?.line).toBeGreaterThan(2);
  });
});
