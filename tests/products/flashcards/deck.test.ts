import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CARD_LAYOUTS, DUPLEX_MODES, type CardLayout, type Duplex } from "../../../src/config.js";
import { DiagnosticError } from "../../../src/diagnostics.js";
import type { Model } from "../../../src/model/types.js";
import { sheetFor } from "../../../src/emit/pdf/deck/geometry.js";
import type { Box } from "../../../src/emit/pdf/typeset/index.js";
import { MM, NOTES_KO, buildDeck, labels, modelOf, readPages, type Item, type Page } from "./helpers.js";
import { hasNotes } from "../../../src/products/flashcards/cards.js";
import { LONG_ANSWER, sampleModel } from "./sample.js";

let ko: Model;
beforeAll(async () => {
  ko = await modelOf(NOTES_KO);
});

const TOLERANCE = 0.5 * MM;
const contains = (box: Box, x: number, y: number) => x >= box.x - 0.01 && x <= box.x + box.width + 0.01 && y >= box.y - 0.01 && y <= box.y + box.height + 0.01;
const slotOf = (item: Item, slots: Box[]) => slots.findIndex((b) => contains(b, item.x + item.width / 2, item.y));

describe("flashcards from notes-ko.md", () => {
  it("prints one card per non-empty question, principle and story, 8 a sheet, front and back pages", async () => {
    const withNotes = ko.principles.filter(hasNotes).length;
    const questions = ko.questions.filter((q) => q.text.trim() !== "").length;
    const continued = (await buildDeck(ko)).diagnostics.filter((d) => d.ruleId === "card-continued").length;
    const expected = questions + withNotes + ko.stories.length + continued;
    const out = await buildDeck(ko);
    const sheets = Math.ceil(expected / 8);
    expect(out.summary).toMatch(new RegExp(`^${expected} cards on ${sheets} sheets, [\\d.]+/[\\d.]+ pt`));
    if (ko.questions.length > questions) expect(out.summary).toContain(`${ko.questions.length - questions} empty question`);
    expect(out.pages).toBe(2 * sheets);
    const pages = await readPages(out.bytes);
    expect(pages).toHaveLength(2 * sheets);
    const fronts = pages.filter((_, i) => i % 2 === 0).flatMap((p) => labels(p).map((l) => l.str));
    expect(fronts).toEqual(Array.from({ length: expected }, (_, i) => `${i + 1}/${expected}`));
    const text = pages.map((p) => p.items.map((i) => i.str).join(" ")).join(" ");
    expect(text).toContain(ko.document.title);
    expect(text).toContain("상황"); // STAR labels in the notes' language on story backs
  });

  it.each(["long-edge", "short-edge"] as const)("puts every card's back behind its front (%s)", async (duplex) => {
    const sheet = sheetFor("a4-8", duplex);
    const pages = await readPages((await buildDeck(ko, { duplex })).bytes);
    let checked = 0;
    for (let p = 0; p < pages.length; p += 2) {
      const back = labels(pages[p + 1] as Page);
      for (const front of labels(pages[p] as Page)) {
        const i = slotOf(front, sheet.fronts);
        const [f, b] = [sheet.fronts[i], sheet.backs[i]];
        const found = back.find((l) => l.str === front.str);
        if (!f || !b || !found) throw new Error(`label ${front.str} not found on both sides`);
        expect(Math.abs(found.x - (b.x + (front.x - f.x)))).toBeLessThan(TOLERANCE);
        expect(Math.abs(found.y - (b.y + (front.y - f.y)))).toBeLessThan(TOLERANCE);
        // The way the team's checker sees it: opposite half of the page, same band.
        const [fx, bx, fy, by] = [front.x + front.width / 2, found.x + found.width / 2, front.y, found.y];
        const [w, h] = [sheet.size[0], sheet.size[1]];
        if (duplex === "long-edge") expect([(fx - w / 2) * (bx - w / 2) < 0, Math.abs(fy - by) < 0.01]).toEqual([true, true]);
        else expect([(fy - h / 2) * (by - h / 2) < 0, Math.abs(fx - bx) < 0.01]).toEqual([true, true]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("folds: each card's front and back share one page, left and right of the fold", async () => {
    const out = await buildDeck(ko, { duplex: "fold" });
    const pages = await readPages(out.bytes);
    expect(out.summary).toMatch(new RegExp(`cards on ${pages.length} sheets`));
    const seen = new Set<string>();
    for (const page of pages) {
      const byLabel = new Map<string, Item[]>();
      for (const l of labels(page)) byLabel.set(l.str, [...(byLabel.get(l.str) ?? []), l]);
      for (const [label, items] of byLabel) {
        expect(seen.has(label)).toBe(false);
        seen.add(label);
        expect(items.map((i) => i.x < page.width / 2).sort()).toEqual([false, true]);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
  });

  it("keeps every piece of text inside its card, on every layout and duplex mode", async () => {
    for (const cardLayout of CARD_LAYOUTS) {
      for (const duplex of DUPLEX_MODES) {
        const sheet = sheetFor(cardLayout as CardLayout, duplex as Duplex);
        const pages = await readPages((await buildDeck(ko, { cardLayout, duplex })).bytes);
        expect(pages.length).toBeGreaterThan(0);
        pages.forEach((page, p) => {
          expect(page.items.length, `${cardLayout}/${duplex} page ${p + 1} has text`).toBeGreaterThan(0);
          const slots = sheet.fold ? [...sheet.fronts, ...sheet.backs] : p % 2 === 0 ? sheet.fronts : sheet.backs;
          for (const item of page.items) {
            const inside = slots.some((b) =>
              contains(b, item.x, item.y - item.height * 0.8) && contains(b, item.x + item.width, item.y + item.height * 0.25));
            if (!inside) throw new Error(`${cardLayout}/${duplex} page ${p + 1}: \`${item.str}\` at ${item.x.toFixed(1)},${item.y.toFixed(1)} outside every card`);
          }
        });
      }
    }
  }, 60_000);

  it("moves every item of a back page by exactly --back-offset 1.5,-0.5 and nothing on front pages", async () => {
    const plain = await readPages((await buildDeck(ko)).bytes);
    const moved = await readPages((await buildDeck(ko, { backOffset: "1.5,-0.5" })).bytes);
    expect(moved).toHaveLength(plain.length);
    plain.forEach((page, p) => {
      const other = moved[p] as Page;
      expect(other.items.map((i) => i.str)).toEqual(page.items.map((i) => i.str));
      const [dx, dy] = p % 2 === 0 ? [0, 0] : [1.5 * MM, -0.5 * MM];
      page.items.forEach((item, i) => {
        expect(other.items[i]?.x).toBeCloseTo(item.x + dx, 2);
        expect(other.items[i]?.y).toBeCloseTo(item.y + dy, 2);
      });
    });
  });

  it("gives byte-identical PDFs for the same input", async () => {
    const [a, b] = [await buildDeck(ko), await buildDeck(ko)];
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe("an answer too long for one card", () => {
  it("continues on a second card titled (1/2), (2/2), with every word printed once, and warns", async () => {
    const out = await buildDeck(sampleModel(), { cards: "questions" });
    const pages = await readPages(out.bytes);
    const frontText = pages.filter((_, i) => i % 2 === 0).flatMap((p) => p.items.map((i) => i.str)).join(" ");
    expect(frontText).toContain("(1/2)");
    expect(frontText).toContain("(2/2)");
    const backWords = pages.filter((_, i) => i % 2 === 1).flatMap((p) => p.items.flatMap((i) => i.str.split(/\s+/)));
    const answerWords = LONG_ANSWER.split(/\s+/);
    for (const word of answerWords) expect(backWords.filter((w) => w === word), word).toHaveLength(1);
    expect(out.summary).toMatch(/^4 cards on 1 sheet, 15\/[\d.]+ pt \(1 continued; 1 empty question skipped\)$/);
    expect(out.diagnostics).toEqual([expect.objectContaining({ severity: "warning", ruleId: "card-continued", file: "content/prep.md", line: 120 })]);
  });
});

describe("options from the template's front matter", () => {
  function templatesWith(front: string): string {
    const dir = mkdtempSync(join(tmpdir(), "flashcard-templates-"));
    mkdirSync(dir, { recursive: true });
    const source = readFileSync(new URL("../../../templates/flashcards-front.md.hbs", import.meta.url), "utf8");
    writeFileSync(join(dir, "flashcards-front.md.hbs"), source.replace("cardLayout: a4-8", front));
    return dir;
  }

  it("takes the card layout from front matter unless the command line says otherwise", async () => {
    const dir = templatesWith("cardLayout: index-3x5");
    const index = await readPages((await buildDeck(sampleModel(), { templates: dir, cards: "principles" })).bytes);
    expect([index[0]?.width, index[0]?.height]).toEqual([expect.closeTo(360, 1), expect.closeTo(216, 1)]);
    const a7 = await readPages((await buildDeck(sampleModel(), { templates: dir, cards: "principles", cardLayout: "a7" })).bytes);
    expect(a7[0]?.width).toBeCloseTo(105 * MM, 1);
  });

  it("refuses an unknown layout, naming the template file", async () => {
    const dir = templatesWith("cardLayout: a5-4");
    const error = await buildDeck(sampleModel(), { templates: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics[0]).toMatchObject({ file: join(dir, "flashcards-front.md.hbs"), ruleId: "template-front-matter" });
  });
});

describe("a card that can never fit", () => {
  it("is a located error, not a crash", async () => {
    const model = sampleModel();
    const huge = Array.from({ length: 900 }, (_, i) => `word${i}`).join(" ");
    const first = model.questions[0];
    if (!first) throw new Error("sample has a question");
    model.questions[0] = { ...first, text: huge };
    const error = await buildDeck(model, { cards: "questions" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiagnosticError);
    expect((error as DiagnosticError).diagnostics[0]).toMatchObject({ file: first.source.file, line: first.source.line, ruleId: "card-too-large" });
  });
});


describe("type on a deck", () => {
  /** Returns the sizes of the card text on a page (the deck name and number labels left out). */
  const sizes = (page: Page): number[] => page.items.filter((i) => !/^\d+\/\d+$/.test(i.str) && i.size > 7).map((i) => Math.round(i.size * 100) / 100);
  const HEADINGS = [1, 1.12, 1.3, 1.6]; // body and heading sizes as multiples of the body size

  it.each([["notes-ko", NOTES_KO], ["content", "content"]])("sets every front at one size and every back at one size (%s)", async (_name, notes) => {
    const model = await modelOf(notes);
    const out = await buildDeck(model);
    const [front = 0, back = 0] = (/, ([\d.]+)\/([\d.]+) pt/.exec(out.summary) ?? []).slice(1).map(Number);
    expect(out.diagnostics.filter((d) => d.ruleId === "card-shrunk")).toEqual([]);
    const pages = await readPages(out.bytes);
    const allowed = (base: number) => HEADINGS.map((k) => Math.round(base * k * 10) / 10);
    pages.forEach((page, p) => {
      const base = p % 2 === 0 ? front : back;
      for (const size of sizes(page)) expect(allowed(base), `page ${p + 1} size ${size}`).toContain(Math.round(size * 10) / 10);
    });
  });

  it("centres each front's text on its card", async () => {
    const out = await buildDeck(ko);
    const sheet = sheetFor("a4-8", "long-edge");
    const pages = await readPages(out.bytes);
    let checked = 0;
    pages.filter((_, p) => p % 2 === 0).forEach((page) => {
      sheet.fronts.forEach((card) => {
        const items = page.items.filter((i) => !/^\d+\/\d+$/.test(i.str) && i.size > 7 && contains(card, i.x + i.width / 2, i.y));
        if (items.length === 0) return;
        const left = Math.min(...items.map((i) => i.x));
        const right = Math.max(...items.map((i) => i.x + i.width));
        const top = Math.min(...items.map((i) => i.y - i.size * 0.8));
        const bottom = Math.max(...items.map((i) => i.y + i.size * 0.2));
        expect(Math.abs((left + right) / 2 - (card.x + card.width / 2))).toBeLessThan(card.width * 0.05);
        expect(Math.abs((top + bottom) / 2 - (card.y + card.height / 2))).toBeLessThan(card.height * 0.05);
        checked += 1;
      });
    });
    expect(checked).toBeGreaterThan(20);
  });

  it("gives Letter card sheets with --paper letter unless a card layout is named", async () => {
    const letter = await readPages((await buildDeck(ko, { paper: "letter" })).bytes);
    expect([letter[0]?.width, letter[0]?.height]).toEqual([expect.closeTo(612, 0), expect.closeTo(792, 0)]);
    const named = await readPages((await buildDeck(ko, { paper: "letter", cardLayout: "a4-8" })).bytes);
    expect(named[0]?.width).toBeCloseTo(595.28, 0);
  });
});
