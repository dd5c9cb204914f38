import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ejectTemplates, listTemplates, loadTemplate } from "../../src/templates/index.js";
import { sheetData } from "../../src/products/cheatsheet/index.js";
import { sampleModel } from "./sample-model.js";
import { tempTemplates } from "./temp-templates.js";

describe("ejectTemplates", () => {
  test("copies every default once; a second run writes nothing", async () => {
    const dir = await tempTemplates();
    const first = await ejectTemplates(dir);
    const defaults = listTemplates();
    expect(first.written).toHaveLength(defaults.length);
    expect(first.written).toContain(join(dir, "cheatsheet.md.hbs"));
    expect(first.written).toContain(join(dir, "partials", "cheatsheet-principle.md.hbs"));
    expect(first.skipped).toEqual([]);
    const second = await ejectTemplates(dir);
    expect(second.written).toEqual([]);
    expect(second.skipped.sort()).toEqual([...first.written].sort());
  });

  test("never overwrites a file the user already edited", async () => {
    const dir = await tempTemplates({ "partials/cheatsheet-story.md.hbs": "- mine {{title}}\n" });
    const result = await ejectTemplates(dir);
    expect(result.skipped).toEqual([join(dir, "partials", "cheatsheet-story.md.hbs")]);
    expect(await readFile(join(dir, "partials", "cheatsheet-story.md.hbs"), "utf8")).toBe("- mine {{title}}\n");
  });

  test("ejecting one template copies it and only the partials it uses", async () => {
    const dir = await tempTemplates();
    await writeFile(join(dir, "keep.txt"), "x");
    const { written } = await ejectTemplates(dir, "cheatsheet");
    expect(written.map((p) => p.slice(dir.length + 1)).sort()).toEqual([
      "cheatsheet.md.hbs",
      "partials/cheatsheet-footer.md.hbs",
      "partials/cheatsheet-header.md.hbs",
      "partials/cheatsheet-principle.md.hbs",
      "partials/cheatsheet-story.md.hbs",
    ]);
    expect((await readdir(dir)).sort()).toEqual(["cheatsheet.md.hbs", "keep.txt", "partials"]);
  });

  test("ejected templates used as --templates render exactly like the defaults", async () => {
    const dir = await tempTemplates();
    await ejectTemplates(dir);
    expect(listTemplates({ templatesDir: dir }).every((f) => f.origin === "custom")).toBe(true);
    const custom = loadTemplate("cheatsheet", { templatesDir: dir });
    expect(custom.origin).toBe("custom");
    expect(custom.render(sheetData(sampleModel(), 2))).toBe(loadTemplate("cheatsheet").render(sheetData(sampleModel(), 2)));
  });

  test("an unknown template name is refused", async () => {
    const dir = await tempTemplates();
    await expect(ejectTemplates(dir, "storybok")).rejects.toThrow(/No default template `storybok`/);
  });
});
