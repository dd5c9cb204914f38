/** The story book as a reader checks it: contents, bookmarks, links, every story's words, coverage marks, placeholders. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBook, type Built } from "./build-book.js";
import { squash, type ReadPdf, type TextItem } from "./build-book.js";

import { EXAMPLES } from "../../examples.js";

/** Items of the text area only (running header and footer left out). */
function bodyItems(pdf: ReadPdf, page: number): TextItem[] {
  return (pdf.pages[page] ?? []).filter((t) => t.y < pdf.height - 50 && t.y > 45);
}

/** Returns a markdown line as it reads on paper: markers, emphasis and link targets removed. */
function readable(line: string): string {
  return line
    .replace(/^\s*(?:[-*+]|\d+[.)]|>|#+)\s+/, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__|\*|`/g, "");
}

function topBookmark(pdf: ReadPdf, title: string): number {
  const found = pdf.bookmarks.find((b) => b.depth === 0 && b.title === title);
  if (!found) throw new Error(`no bookmark ${title}`);
  return found.page;
}

/** Returns the 0-based page where story `n` (1-based) starts: its heading `n. title`. */
function headingPage(pdf: ReadPdf, n: number, title: string): number {
  const wanted = squash(`${n}. ${title}`);
  return pdf.pages.findIndex((_, i) => squash(bodyItems(pdf, i).map((t) => t.str).join("")).includes(wanted));
}

describe.each(["notes-ko.md", "notes-en.md"])("storybook of %s", (name) => {
  let book: Built;
  beforeAll(async () => {
    book = await buildBook(join(EXAMPLES, name));
  }, 60_000);

  it("lists every story in the contents with the page it starts on, as a link to that page", () => {
    const { pdf, model } = book;
    const contents = topBookmark(pdf, book.labels.contents);
    const firstStory = headingPage(pdf, 1, model.stories[0]?.title ?? "");
    const links = pdf.links.slice(contents, firstStory).flat();
    model.stories.forEach((story, i) => {
      const start = headingPage(pdf, i + 1, story.title);
      expect(start, story.title).toBeGreaterThan(contents);
      const titleLinks = links.filter((l) => squash(story.title).startsWith(squash(l.text)) && l.text.trim() !== "");
      expect(titleLinks.length, `title link of ${story.title}`).toBeGreaterThan(0);
      titleLinks.forEach((l) => expect(l.target).toBe(start));
      const numbers = links.filter((l) => /^\d+$/.test(l.text) && l.target === start);
      expect(numbers.map((l) => Number(l.text))).toContain(start + 1);
    });
    for (const link of links.filter((l) => /^\d+$/.test(l.text))) expect(Number(link.text)).toBe(link.target + 1);
  });

  it("has a bookmark for every story, under its principles or under Other stories", () => {
    const { pdf, model } = book;
    model.stories.forEach((story, i) => {
      const marks = pdf.bookmarks.filter((b) => b.title === story.title && b.depth === 1);
      expect(marks.length, story.title).toBe(Math.max(story.principles.length, 1));
      marks.forEach((b) => expect(b.page).toBe(headingPage(pdf, i + 1, story.title)));
    });
    const other = model.stories.filter((s) => s.principles.length === 0).length;
    expect(pdf.bookmarks.some((b) => b.depth === 0 && b.title === book.labels.otherStories)).toBe(other > 0);
    expect(pdf.bookmarks.filter((b) => b.depth === 0).map((b) => b.title)).toContain(book.labels.questions);
  });

  it("prints every non-blank line of every story", () => {
    const { pdf, model } = book;
    const all = squash(pdf.pages.map((_, i) => bodyItems(pdf, i).map((t) => t.str).join("")).join(""));
    for (const story of model.stories) {
      const texts = [story.situation, story.task, story.action, story.result, ...story.notes.map((n) => n.text)];
      for (const line of texts.join("\n").split("\n").filter((l) => l.trim() !== "")) {
        expect(all, `${story.title}: ${line}`).toContain(squash(readable(line)));
      }
    }
  });

  it("lists, by principle name, exactly the stories tagged with each principle in the coverage table", () => {
    const { pdf, model } = book;
    const found = new Set<string>();
    for (let page = topBookmark(pdf, book.labels.coverage); page < pdf.pages.length; page++) {
      const items = bodyItems(pdf, page);
      // A link broken over lines has an area per piece; the piece that starts with the story's number names it.
      for (const link of (pdf.links[page] ?? []).filter((l) => /^\d+\./.test(l.text))) {
        const top = link.rect[3];
        const row = items.filter((t) => t.x < link.rect[0] - 2 && t.y <= top + 2 && t.y >= top - 40 && /^\d+\.$/.test(t.str.trim().split(" ")[0] ?? ""));
        const label = row.sort((a, b) => b.y - a.y)[0]?.str ?? "";
        found.add(`${Number.parseInt(label, 10)}:${link.text.split(".")[0]}`);
      }
      const names = squash(items.map((t) => t.str).join(""));
      for (const principle of model.principles) expect(names).toContain(squash(`${principle.number}. ${principle.name}`));
    }
    const expected = model.stories.flatMap((s, i) => s.principles.map((id) => `${model.principles.find((p) => p.id === id)?.number}:${i + 1}`));
    expect([...found].sort()).toEqual([...new Set(expected)].sort());
  });

  it("writes title, author, subject and the principles as metadata", () => {
    const { info } = book.pdf;
    expect(info.Title).toBe(book.model.document.title);
    expect(info.Author).toBe(book.model.document.author);
    const tagged = book.model.principles.filter((p) => book.model.stories.some((s) => s.principles.includes(p.id)));
    for (const p of tagged) expect(String(info.Keywords)).toContain(p.name);
  });

  it("puts the title on top and n / N at the bottom of every page but the cover", () => {
    const { pdf } = book;
    const total = pdf.pages.length;
    pdf.pages.forEach((items, i) => {
      const footer = items.filter((t) => t.y < 45 && /^\d+ \/ \d+$/.test(t.str)).map((t) => t.str);
      const header = items.filter((t) => t.y > pdf.height - 50).map((t) => t.str).join("");
      expect(footer).toEqual(i === 0 ? [] : [`${i + 1} / ${total}`]);
      expect(squash(header)).toBe(i === 0 ? "" : squash(book.model.document.title));
    });
  });

  it("builds byte-identical PDFs twice", async () => {
    const again = await buildBook(join(EXAMPLES, name));
    expect(Buffer.from(again.output.bytes).equals(Buffer.from(book.output.bytes))).toBe(true);
  }, 60_000);
});

describe("the 결제 장애 대응 story", () => {
  it("shows a placeholder under each missing part", async () => {
    const { pdf, model, labels } = await buildBook(join(EXAMPLES, "notes-ko.md"));
    const index = model.stories.findIndex((s) => s.title === "결제 장애 대응");
    const story = model.stories[index];
    expect(story?.missing.length).toBeGreaterThan(0);
    const page = headingPage(pdf, index + 1, "결제 장애 대응");
    const text = squash(bodyItems(pdf, page).map((t) => t.str).join(""));
    const placeholder = squash(labels.placeholder);
    expect(text.split(placeholder).length - 1).toBe(story?.missing.length);
    for (const part of story?.missing ?? []) expect(text).toContain(`${squash(labels[part])}${placeholder}`);
    expect(text).toContain(squash(`${labels.situation}${story?.situation}`));
  }, 60_000);
});

describe("the story book's measure", () => {
  it("sets English at no more than about 80 characters a line (notes-en.md)", async () => {
    const { pdf } = await buildBook(join(EXAMPLES, "notes-en.md"));
    let longest = 0;
    for (let page = 1; page < pdf.pages.length; page++) {
      const rows = new Map<number, TextItem[]>();
      for (const item of bodyItems(pdf, page)) {
        const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 1) ?? item.y;
        rows.set(key, [...(rows.get(key) ?? []), item]);
      }
      for (const row of rows.values()) {
        // A line of text is a run of pieces with no wide gap between them (table cells are apart).
        const sorted = [...row].sort((a, b) => a.x - b.x);
        let line = "";
        let end = -Infinity;
        for (const item of sorted) {
          if (item.x - end > item.size * 2) line = "";
          line += item.str;
          end = item.x + item.str.length * item.size * 0.5;
          if (/[A-Za-z]{3}/.test(line)) longest = Math.max(longest, line.length);
        }
      }
    }
    expect(longest).toBeGreaterThan(60);
    expect(longest).toBeLessThanOrEqual(80);
  });
});

describe.each([["content", join(process.cwd(), "content")], ...["notes-ko.md", "notes-en.md", "notes-principles-en.md", "notes-principles-ko.md"].map((n) => [n, join(EXAMPLES, n)])])("the readiness page of %s", (_name, notes) => {
  it("names exactly the principles that have no story in the model", async () => {
    const { pdf, model, labels } = await buildBook(notes);
    const page = topBookmark(pdf, labels.readiness);
    const text = squash(bodyItems(pdf, page).map((t) => t.str).join(""));
    const none = model.principles.filter((p) => !model.stories.some((s) => s.principles.includes(p.id)));
    const start = text.indexOf(squash(`${labels.noStoryYet}:`));
    if (none.length === 0) {
      expect(start).toBe(-1);
      return;
    }
    const rest = text.slice(start);
    const ends = [squash(labels.moreWanted), squash(labels.principle)].map((label) => rest.indexOf(label, 1)).filter((i) => i > 0);
    const listed = rest.slice(0, Math.min(...ends));
    for (const principle of model.principles) expect(listed.includes(squash(principle.name)), principle.name).toBe(none.includes(principle));
  });
});
