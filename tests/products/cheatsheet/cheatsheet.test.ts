import { mkdtemp, mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { build } from "../../../src/build.js";
import { DiagnosticError } from "../../../src/diagnostics.js";
import { sheetFrame } from "../../../src/emit/pdf/sheet/frame.js";
import { sheetOptions } from "../../../src/emit/pdf/sheet/template-keys.js";
import { PAPER_SIZES, frameBoxes } from "../../../src/emit/pdf/typeset/index.js";
import { loadTemplate } from "../../../src/templates/index.js";
import { columnLines, readPdf, squash, type PdfItem as Word } from "../../pdf.js";
import { buildPdf } from "../build-pdf.js";
import { EXAMPLES } from "../../examples.js";
import { NOTES_EN, NOTES_KO, modelOf, notesWith, settingsFor, storyNotes } from "./notes.js";

const HANGUL = /[\uac00-\ud7a3]/;
const EXAMPLE_NOTES = Object.fromEntries(["notes-ko", "notes-en", "notes-principles-en", "notes-principles-ko"].map((n) => [n, join(EXAMPLES, `${n}.md`)]));
const EMPTY_MARKS = ["아직 스토리 없음", "no story yet"];

async function sheet(notes: string, options: Record<string, unknown> = {}) {
  const model = await modelOf(notes);
  const output = await buildPdf(model, "cheatsheet", settingsFor("/", notes, options));
  const read = await readPdf(output.bytes);
  const first = read.pages[0];
  const pdf = { pages: read.pages.length, size: [first?.width ?? 0, first?.height ?? 0], words: (first?.items ?? []).filter((w) => w.str.trim() !== "") };
  return { model, output, pdf };
}

function columnStarts(paper: "a4" | "letter"): number[] {
  const { layout, path } = loadTemplate("cheatsheet");
  const frame = sheetFrame(paper, layout, sheetOptions(layout, path));
  return frameBoxes(frame.size, frame.margins, frame.columns, frame.options.columnGap).map((box) => box.x);
}

function pageText(words: readonly Word[], paper: "a4" | "letter" = "a4"): string {
  return squash(columnLines(words, columnStarts(paper)).flat().join(""));
}

/** Returns the most common text size on the page (the body size). */
function bodySize(words: readonly Word[]): number {
  const counts = new Map<number, number>();
  for (const word of words) {
    const size = Math.round(word.size * 10) / 10;
    counts.set(size, (counts.get(size) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

describe.each([
  ["notes-ko", NOTES_KO],
  ["notes-en", NOTES_EN],
])("cheat sheet of %s", (_name, notes) => {
  test.each(["a4", "letter"] as const)("on %s: one page with every principle, every story and the empty ones marked", async (paper) => {
    const { model, output, pdf } = await sheet(notes, { paper });
    expect(pdf.pages).toBe(1);
    expect(output.pages).toBe(1);
    expect(pdf.size[0]).toBeCloseTo(PAPER_SIZES[paper][0], 0);
    expect(pdf.size[1]).toBeCloseTo(PAPER_SIZES[paper][1], 0);
    const text = pageText(pdf.words, paper);
    expect(model.principles).toHaveLength(16);
    for (const principle of model.principles) expect(text).toContain(squash(`${principle.number}. ${principle.name}`));
    for (const story of model.stories) expect(text).toContain(squash(story.title));
    // Reading order: each principle's part runs from its heading to the next principle's heading.
    for (const principle of model.principles) {
      const start = text.indexOf(squash(`${principle.number}. ${principle.name}`));
      const next = model.principles[principle.number];
      const end = next ? text.indexOf(squash(`${next.number}. ${next.name}`), start) : text.length;
      const part = text.slice(start, end);
      const marked = EMPTY_MARKS.some((mark) => part.includes(squash(mark)));
      const said = principle.stories.length > 0 || principle.hook !== "" || principle.notes.length > 0 || principle.questions.length > 0;
      expect(marked, `${principle.name} marked empty`).toBe(!said);
    }
  });
});

describe("cheat sheet of notes-ko, line ends", () => {
  test.each(["a4", "letter"] as const)("on %s: no Korean word is split across lines", async (paper) => {
    const { pdf } = await sheet(NOTES_KO, { paper });
    const source = (await readFile(NOTES_KO, "utf8")).replace(/\s+/g, " ");
    let checked = 0;
    for (const column of columnLines(pdf.words, columnStarts(paper))) {
      column.slice(0, -1).forEach((above, i) => {
        const below = column[i + 1] ?? "";
        if (!HANGUL.test(above.at(-1) ?? "") || !HANGUL.test(below[0] ?? "")) return;
        const left = above.split(" ").at(-1) ?? "";
        const right = below.split(" ")[0] ?? "";
        checked += 1;
        // A word of the notes cut in two: the halves are joined in the source and never apart.
        const split = source.includes(`${left}${right}`) && !source.includes(`${left} ${right}`);
        expect(split, `"${left}" / "${right}" broken inside a word`).toBe(false);
      });
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("key results", () => {
  test("the bundled content's sheet quotes the result's phrase with its figures, never the before-value alone", async () => {
    const { pdf } = await sheet(join(process.cwd(), "content"));
    const text = pageText(pdf.words);
    expect(text).toContain(squash("81% → 99%"));
    expect(text).toContain(squash("4회 → 2회"));
    expect(text).not.toMatch(/—81%(?!→99%)/);
  });
});

describe("using the page", () => {
  /** Returns the share of the columns' height, from their first text down to the bottom margin, left without text. */
  function blankShare(words: readonly Word[], paper: "a4" | "letter"): number {
    const starts = columnStarts(paper);
    const bottom = PAPER_SIZES[paper][1] - 10 * (72 / 25.4);
    let blank = 0;
    let total = 0;
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? Infinity;
      const column = words.filter((w) => w.x >= start - 1 && w.x < end - 1);
      if (column.length === 0) return;
      const top = Math.min(...column.map((w) => w.y - w.size));
      const last = Math.max(...column.map((w) => w.y + w.size * 0.25));
      blank += bottom - last;
      total += bottom - top;
    });
    return blank / total;
  }

  test.each([["content", join(process.cwd(), "content")], ...Object.entries(EXAMPLE_NOTES)])("%s: at most a fifth of the columns left blank", async (_name, notes) => {
    const { pdf } = await sheet(notes);
    expect(pdf.pages).toBe(1);
    expect(blankShare(pdf.words, "a4")).toBeLessThanOrEqual(0.2);
  });
});

describe("fitting one page", () => {
  test("five times as many stories still give one page, in smaller type", async () => {
    const base = await sheet(NOTES_KO);
    const dir = await notesWith(NOTES_KO, storyNotes(base.model.stories.length * 4));
    const many = await sheet(join(dir, "notes.md"));
    expect(many.model.stories.length).toBe(base.model.stories.length * 5);
    expect(many.pdf.pages).toBe(1);
    const text = pageText(many.pdf.words);
    for (const story of many.model.stories) expect(text).toContain(squash(story.title));
    expect(bodySize(many.pdf.words)).toBeLessThan(bodySize(base.pdf.words));
    expect(bodySize(many.pdf.words)).toBeGreaterThanOrEqual(6);
  });

  test("a hundred questions linked to no principle are counted, not listed, when the list would not fit", async () => {
    const questions = Array.from({ length: 100 }, (_, i) => `${i + 1}. How would you explain the trade-offs of plan number ${i + 1} to a new teammate who joined last week?`);
    const dir = await notesWith(NOTES_EN, ["## Questions I expect", "", ...questions].join("\n"));
    const many = await sheet(join(dir, "notes.md"));
    const unlinked = many.model.questions.filter((q) => q.principles.length === 0).length;
    expect(unlinked).toBeGreaterThanOrEqual(100);
    expect(many.pdf.pages).toBe(1);
    const text = pageText(many.pdf.words);
    expect(text).toContain(squash(`${unlinked} questions — all in the story book`));
    for (const story of many.model.stories) expect(text).toContain(squash(story.title));
  });

  test("notes too long for every story even at 6 pt get the summary: each principle's counts and first three stories, said in a warning", async () => {
    const dir = await notesWith(NOTES_EN, storyNotes(160, 6));
    const { model, output, pdf } = await sheet(join(dir, "notes.md"));
    expect(pdf.pages).toBe(1);
    expect(output.diagnostics).toEqual([
      expect.objectContaining({ ruleId: "cheatsheet-summarised", severity: "warning", file: loadTemplate("cheatsheet").path, message: expect.stringMatching(/summarises: .*even at 6 pt.*the story book holds them all/) }),
    ]);
    const text = pageText(pdf.words);
    const titles = new Map(model.stories.map((story) => [story.id, story.title]));
    for (const principle of model.principles) {
      expect(text).toContain(squash(`${principle.number}. ${principle.name}`));
      if (principle.stories.length === 0 && principle.questions.length === 0) continue;
      const stories = `${principle.stories.length} ${principle.stories.length === 1 ? "story" : "stories"}`;
      const questions = `${principle.questions.length} ${principle.questions.length === 1 ? "question" : "questions"}`;
      expect(text).toContain(squash(`${stories} · ${questions}`));
      for (const id of principle.stories.slice(0, 3)) expect(text).toContain(squash(titles.get(id) ?? id));
    }
    // A summary, not the whole: a story past the first three of every principle it is under is not on the page.
    const firsts = new Set(model.principles.flatMap((p) => p.stories.slice(0, 3)));
    const later = model.stories.find((story) => !firsts.has(story.id) && story.principles.length > 0);
    expect(later).toBeDefined();
    expect(text).not.toContain(squash(later?.title ?? ""));
    expect(text).toContain(squash("every story and question is in the story book"));
    // Nothing cut short with a mark the notes did not write.
    expect(text).not.toContain("…");
    expect(bodySize(pdf.words)).toBeGreaterThanOrEqual(6);
  });

  test("Korean notes too long for every story get the summary in Korean", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-cheatsheet-"));
    await writeFile(join(dir, "notes.md"), `---\ntitle: 면접 노트\nlanguage: ko\n---\n\n${storyNotes(160, 6)}\n`);
    const { output, pdf } = await sheet(join(dir, "notes.md"));
    expect(pdf.pages).toBe(1);
    expect(output.diagnostics.map((d) => d.ruleId)).toEqual(["cheatsheet-summarised"]);
    const text = pageText(pdf.words);
    expect(text).toMatch(/스토리\d+개·질문\d+개/);
    expect(text).toContain(squash("모든 스토리와 질문은 스토리북에 있습니다"));
  });

  /** A principle partial that lists every story at every level of detail, so that even the summary holds them all. */
  async function listingEverything(): Promise<string> {
    const templates = await mkdtemp(join(tmpdir(), "prep-print-cheatsheet-templates-"));
    await mkdir(join(templates, "partials"));
    const partial = "### LP{{number}} {{plain name}}\n\n{{#each stories}}\n{{#with (story this)}}\n- {{plain title}}\n{{/with}}\n{{/each}}\n";
    await writeFile(join(templates, "partials", "cheatsheet-principle.md.hbs"), partial);
    return templates;
  }

  test("a template whose least detailed rendering does not fit even at 6 pt fails with what overflowed and by how much", async () => {
    const dir = await notesWith(NOTES_EN, storyNotes(160, 6));
    const error = await sheet(join(dir, "notes.md"), { templates: await listingEverything() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    const [problem] = (error as DiagnosticError).diagnostics;
    expect(problem).toMatchObject({ ruleId: "cheatsheet-overflow", severity: "error", file: loadTemplate("cheatsheet").path });
    expect(problem?.message).toMatch(/does not fit one A4 page even at 6 pt: .*`LP\d+ [A-Z][^`]+`.* overflow by about \d+ mm/);
  });

  test("a failed build leaves the previous cheatsheet.pdf byte for byte", async () => {
    const dir = await notesWith(NOTES_EN, storyNotes(160, 6));
    await mkdir(join(dir, "out"));
    const previous = new TextEncoder().encode("%PDF-1.7 previous sheet");
    await writeFile(join(dir, "out", "cheatsheet.pdf"), previous);
    const result = await build(settingsFor(dir, "notes.md", { templates: await listingEverything() }));
    expect(result.artifacts).toEqual([]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain("cheatsheet-overflow");
    expect(new Uint8Array(await readFile(join(dir, "out", "cheatsheet.pdf")))).toEqual(previous);
  });
});

describe("templates and reproducibility", () => {
  test("a folder replacing only the principle partial changes the sheet", async () => {
    const templates = await mkdtemp(join(tmpdir(), "prep-print-cheatsheet-templates-"));
    await mkdir(join(templates, "partials"));
    const partial = "### LP{{number}} {{plain name}} (custom)\n\n{{#each stories}}\n{{#with (story this)}}\n- {{plain title}}\n{{/with}}\n{{/each}}\n";
    await writeFile(join(templates, "partials", "cheatsheet-principle.md.hbs"), partial);
    const custom = await sheet(NOTES_EN, { templates });
    const text = pageText(custom.pdf.words);
    expect(text).toContain(squash("LP12 Dive Deep (custom)"));
    expect(text).not.toContain(squash("12. Dive Deep"));
    expect(text).toContain(squash("Nightly pipeline rescue"));
    expect(custom.pdf.pages).toBe(1);
  });

  test("two builds are byte-identical", async () => {
    const first = await sheet(NOTES_KO);
    const second = await sheet(NOTES_KO);
    expect(Buffer.from(second.output.bytes).equals(Buffer.from(first.output.bytes))).toBe(true);
  });
});

describe("a sheet for one interview round", () => {
  test("--principle ownership,dive-deep: one page, only those two principles, in larger type than the full sheet", async () => {
    const full = await sheet(NOTES_KO);
    const round = await sheet(NOTES_KO, { principle: "ownership,Dive Deep" });
    expect(round.pdf.pages).toBe(1);
    const text = squash(round.pdf.words.map((w) => w.str).join(""));
    expect(text).toContain(squash("2. Ownership"));
    expect(text).toContain(squash("12. Dive Deep"));
    for (const principle of full.model.principles.filter((p) => p.id !== "ownership" && p.id !== "dive-deep")) {
      expect(text, principle.name).not.toContain(squash(`${principle.number}. ${principle.name}`));
    }
    expect(bodySize(round.pdf.words)).toBeGreaterThan(bodySize(full.pdf.words));
  });

  test("an unknown principle is a usage error naming the known ids", async () => {
    await expect(sheet(NOTES_KO, { principle: "ownrship" })).rejects.toThrow(/did you mean `ownership`\?.*known: customer-obsession/);
  });
});
