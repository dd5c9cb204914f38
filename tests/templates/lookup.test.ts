import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DiagnosticError } from "../../src/diagnostics.js";
import { defaultTemplatesDir, listTemplates, loadTemplate } from "../../src/templates/index.js";
import { sheetData } from "../../src/products/cheatsheet/index.js";
import { sampleModel } from "./sample-model.js";
import { tempTemplates } from "./temp-templates.js";

describe("lookup order", () => {
  test("the defaults folder is the package's templates/ and holds the cheat sheet", async () => {
    const text = await readFile(join(defaultTemplatesDir(), "cheatsheet.md.hbs"), "utf8");
    expect(text).toContain("{{> cheatsheet-principle}}");
  });

  test("a custom folder overriding one partial changes the output; the rest stays default", async () => {
    const dir = await tempTemplates({
      "partials/cheatsheet-story.md.hbs": "- STORY {{plain title}} / {{keyFigure result}}\n",
    });
    const template = loadTemplate("cheatsheet", { templatesDir: dir });
    expect(template.origin).toBe("default");
    const markdown = template.render(sheetData(sampleModel("en"), 2));
    expect(markdown).toContain("- STORY Log storage \\*cost\\* \\| cut / -38%");
    expect(markdown).toContain("### 2. Ownership");
  });

  test("listTemplates reports which files come from the custom folder", async () => {
    const dir = await tempTemplates({
      "partials/cheatsheet-story.md.hbs": "- {{title}}\n",
      "extra.md.hbs": "hello\n",
    });
    const list = listTemplates({ templatesDir: dir });
    const byName = (name: string) => list.find((f) => f.name === name);
    expect(byName("cheatsheet-story")).toEqual({
      name: "cheatsheet-story",
      kind: "partial",
      origin: "custom",
      path: join(dir, "partials", "cheatsheet-story.md.hbs"),
    });
    expect(byName("cheatsheet-principle")).toMatchObject({ kind: "partial", origin: "default" });
    expect(byName("cheatsheet")).toMatchObject({ kind: "template", origin: "default" });
    expect(byName("extra")).toMatchObject({ kind: "template", origin: "custom" });
    expect(list.filter((f) => f.name === "cheatsheet-story")).toHaveLength(1);
  });

  test("a custom template replaces the default one and any template name with a file loads", async () => {
    const dir = await tempTemplates({
      "cheatsheet.md.hbs": "---\ncolumns: 4\n---\n# {{document.company}}\n",
      "storybook.md.hbs": "{{count stories}} stories\n",
    });
    const cheatsheet = loadTemplate("cheatsheet", { templatesDir: dir });
    expect(cheatsheet).toMatchObject({ origin: "custom", path: join(dir, "cheatsheet.md.hbs") });
    expect(cheatsheet.layout.columns).toBe(4);
    expect(cheatsheet.render(sampleModel())).toBe("# Amazon\n");
    expect(loadTemplate("storybook", { templatesDir: dir }).render(sampleModel())).toBe("3 stories\n");
  });

  test("a missing custom folder or template is a diagnostic, not a crash", async () => {
    expect(() => listTemplates({ templatesDir: "/no/such/folder" })).toThrow(DiagnosticError);
    const empty = await tempTemplates();
    expect(() => loadTemplate("flashcard-front", { templatesDir: empty })).toThrow(
      /Unknown template `flashcard-front`/,
    );
  });
});
