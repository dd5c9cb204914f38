/** A book long enough for contents over several pages, and the `storyStart: rule` layout. */
import { mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildBook } from "./build-book.js";
import { squash } from "./build-book.js";

/** Returns notes with `count` short stories, every third one without a result. */
function manyStories(count: number): string {
  const lines = ["---", "title: Many stories", "author: Test Writer", "---", "", "## Stories", ""];
  for (let i = 1; i <= count; i++) {
    lines.push(`### Story: Case file ${i} about a slow queue`, `Principles: ${i % 2 === 0 ? "Ownership" : "Dive Deep"}`, "");
    lines.push(`**Situation:** Queue ${i} backed up every night.`, "", `**Task:** Find why queue ${i} stalled.`, "", `**Action:** Traced consumer ${i} and fixed its retry loop.`, "");
    if (i % 3 !== 0) lines.push(`**Result:** Queue ${i} drained in minutes.`, "");
  }
  return lines.join("\n");
}

async function tempFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "storybook-long-"));
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

/** Checks that each story's contents number is a link to the page whose text starts with its heading. */
function expectContentsRight(book: Awaited<ReturnType<typeof buildBook>>): void {
  const { pdf, model } = book;
  const numbered = pdf.links.flat().filter((l) => /^\d+$/.test(l.text));
  expect(numbered.length).toBeGreaterThanOrEqual(model.stories.length);
  for (const link of numbered) expect(Number(link.text)).toBe(link.target + 1);
  model.stories.forEach((story, i) => {
    const heading = squash(`${i + 1}. ${story.title}`);
    const start = pdf.pages.findIndex((items) => squash(items.map((t) => t.str).join("")).includes(heading));
    expect(numbered.some((l) => l.target === start), story.title).toBe(true);
  });
}

describe("a long story book", () => {
  it("spreads the contents over several pages and still numbers every story right", async () => {
    const book = await buildBook(await tempFile("notes.md", manyStories(90)));
    expect(book.model.stories).toHaveLength(90);
    const contentsPages = new Set(book.pdf.links.flatMap((links, page) => (links.some((l) => /^\d+$/.test(l.text)) ? [page] : [])));
    expect(contentsPages.size).toBeGreaterThan(1);
    expectContentsRight(book);
    expect(book.output.pages).toBe(book.pdf.pages.length);
    expect(book.output.summary).toBe(`90 stories on ${book.output.pages} pages`);
  }, 60_000);

  it("runs stories on, kept whole, by default; one a page with storyStart: page; after a rule with storyStart: rule", async () => {
    const defaults = await readFile(new URL("../../../templates/storybook.md.hbs", import.meta.url), "utf8");
    const templates = async (start: string) => {
      const dir = await mkdtemp(join(tmpdir(), `storybook-${start}-`));
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, "storybook.md.hbs"), defaults.replace(/^storyStart: auto$/m, `storyStart: ${start}`));
      return dir;
    };
    const notes = await tempFile("notes.md", manyStories(12));
    const auto = await buildBook(notes);
    const paged = await buildBook(notes, { templates: await templates("page") });
    const ruled = await buildBook(notes, { templates: await templates("rule") });
    expect(auto.output.pages).toBeLessThan(paged.output.pages);
    expect(ruled.output.pages).toBeLessThan(paged.output.pages);
    for (const book of [auto, paged, ruled]) expectContentsRight(book);
  }, 60_000);
});
