/** The story book is the complete record: every line of the notes has its words in it; nothing is cut with "…". */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveSettings } from "../../../src/config.js";
import { loadModel } from "../../../src/model/index.js";
import { EXAMPLES } from "../../examples.js";
import { NOTES_CORPUS } from "../../fixtures/notes/expect.js";
import { readPdf } from "../../pdf.js";
import { missingLines } from "../../record.js";
import { buildPdf } from "../build-pdf.js";

const EXAMPLE_FILES = ["notes-ko.md", "notes-en.md", "notes-principles-en.md", "notes-principles-ko.md"].map((f) => join(EXAMPLES, f));
const FIXTURES = (await readdir(NOTES_CORPUS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(NOTES_CORPUS, e.name));
const INPUTS = [join(process.cwd(), "content"), ...EXAMPLE_FILES, ...FIXTURES];

/** Returns every note file of an input (a file, or the `.md` files of a folder). */
async function noteFiles(input: string): Promise<string[]> {
  if (!(await stat(input)).isDirectory()) return [input];
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".md") && !e.name.startsWith(".")).map((e) => join(e.parentPath, e.name)).sort();
}

/** Returns the text of every page of a built product. */
async function productText(input: string, product: "cheatsheet" | "flashcards" | "storybook"): Promise<string> {
  const { model, sources } = await loadModel([input], { cwd: "/" });
  if (!model) throw new Error(`no model for ${input}`);
  const pdf = await readPdf((await buildPdf(model, product, resolveSettings("/", [input], {}), sources)).bytes);
  return pdf.pages.map((page) => page.items.map((i) => i.str).join("")).join("\n");
}

describe.each(INPUTS.map((input) => [input.replace(`${process.cwd()}/`, "").replace(`${EXAMPLES}/`, "").replace(`${NOTES_CORPUS}`, "fixtures/"), input]))("story book of %s", (_name, input) => {
  it("has every non-blank line of the notes in its text", async () => {
    const text = await productText(input, "storybook");
    for (const file of await noteFiles(input)) expect(missingLines(await readFile(file, "utf8"), text), file).toEqual([]);
  });
});

describe.each([join(process.cwd(), "content"), ...EXAMPLE_FILES])("the products of %s", (input) => {
  it.each(["cheatsheet", "flashcards", "storybook"] as const)("cut nothing with … in the %s", async (product) => {
    const source = (await Promise.all((await noteFiles(input)).map((f) => readFile(f, "utf8")))).join("\n");
    if (source.includes("…")) return;
    expect(await productText(input, product)).not.toContain("…");
  });
});
