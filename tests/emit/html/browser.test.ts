/**
 * The HTML pages in a real browser (Debian's Chromium, headless), opened from file:// as a user
 * would: what a person checks on a phone and on a desk. Skipped, with one line saying so, when no
 * Chromium is installed.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { sheetHtml, withFonts } from "../../../src/emit/html/index.js";
import { parseMarkdown } from "../../../src/markdown/parse.js";
import { collapse, findChromium, fontsUsed, linkTargets, open, pdfPages, sideways, splitWords } from "./browser.js";
import { NOTES, PAGES, Session } from "./session.js";

const chromium = findChromium();
if (chromium === null) console.log("Browser tests skipped: no Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium, chromium and chromium-browser on the PATH).");

describe.skipIf(chromium === null)("the HTML pages in Chromium", { timeout: 30_000 }, () => {
  let session: Session;
  const of = (name: string) => session.of(name);
  const view: Session["view"] = (name, kind) => session.view(name, kind);

  beforeAll(async () => {
    session = await Session.start(chromium ?? "");
  }, 60_000);

  afterAll(async () => {
    await session?.close();
  });

  test.each(Object.keys(NOTES))("%s: each page loads from file:// without errors and fits a 390 px phone and a 1280 px screen", async (name) => {
    await Promise.all(PAGES.map((kind) => view(name, kind)));
    for (const kind of PAGES) {
      const { page, errors } = await view(name, kind);
      expect({ kind, errors }).toEqual({ kind, errors: [] });
      expect({ kind, sideways: await sideways(page) }).toEqual({ kind, sideways: 0 });
      await page.setViewportSize({ width: 1280, height: 900 });
      expect({ kind, wide: await sideways(page) }).toEqual({ kind, wide: 0 });
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });

  test("every glyph comes from the embedded font, none from the system", async () => {
    for (const kind of PAGES) {
      const { page } = await view("notes-ko", kind);
      const fonts = await fontsUsed(session.phone, page);
      expect(fonts.length).toBeGreaterThan(0);
      expect({ kind, fromSystem: fonts.filter((f) => f.endsWith("(from the system)")) }).toEqual({ kind, fromSystem: [] });
    }
  });

  test.each(Object.keys(NOTES))("%s: every question and story is on the deck and in the book", async (name) => {
    const { model } = of(name).inputs;
    const wanted = [...model.questions.map((q) => q.text), ...model.stories.map((s) => s.title)].map(collapse).filter((t) => t !== "");
    expect(wanted.length).toBeGreaterThan(0);
    for (const kind of ["deck", "book"] as const) {
      const { page } = await view(name, kind);
      const text = collapse(String(await page.evaluate("document.body.textContent")));
      expect({ kind, missing: wanted.filter((t) => !text.includes(t)) }).toEqual({ kind, missing: [] });
    }
  });

  describe("the practice deck", () => {
    const counter = (page: Page) => page.locator("#deck-counter").textContent();
    const currentId = (page: Page) => page.locator(".card.current").getAttribute("id");
    const backShown = (page: Page) => page.locator(".card.current .back").isVisible();

    test("shows one card; a click flips it, the arrows and buttons move, Space flips", async () => {
      const total = of("content").inputs.deck.cards.length;
      const { page, errors } = await open(session.phone, of("content").pages.deck);
      expect(await page.locator(".card:visible").count()).toBe(1);
      expect(await counter(page)).toBe(`1 / ${total}`);
      expect(await backShown(page)).toBe(false);
      await page.click(".card.current");
      expect(await backShown(page)).toBe(true);
      await page.click(".card.current");
      expect(await backShown(page)).toBe(false);
      await page.keyboard.press("ArrowRight");
      expect([await counter(page), await currentId(page)]).toEqual([`2 / ${total}`, "card-2"]);
      await page.keyboard.press("Space");
      expect(await backShown(page)).toBe(true);
      expect(await page.evaluate("window.scrollY")).toBe(0); // Space flipped the card instead of scrolling
      await page.keyboard.press("ArrowLeft");
      expect([await counter(page), await currentId(page), await backShown(page)]).toEqual([`1 / ${total}`, "card-1", false]);
      await page.click("#deck-next");
      await page.click("#deck-flip");
      expect([await counter(page), await backShown(page)]).toEqual([`2 / ${total}`, true]);
      expect(await sideways(page)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });

    test("shuffle deals every card once, in a new order", async () => {
      const total = of("content").inputs.deck.cards.length;
      const { page } = await open(session.phone, of("content").pages.deck);
      await page.evaluate("Math.random = () => 0"); // a known order, not the identity
      await page.click("#deck-shuffle");
      const seen: (string | null)[] = [];
      for (let i = 0; i < total; i++, await page.keyboard.press("ArrowRight")) seen.push(await currentId(page));
      expect(new Set(seen).size).toBe(total);
      expect(seen).not.toEqual(Array.from({ length: total }, (_, i) => `card-${i + 1}`));
      expect(await counter(page)).toBe(`${total} / ${total}`);
      await page.close();
    });

    test("the filter keeps one principle's cards; all of them come back", async () => {
      const { cards, principles } = of("content").inputs.deck;
      const counts = principles.map((p) => cards.filter((c) => c.principleIds.includes(p.id)).length);
      const chosen = counts.indexOf(Math.max(...counts));
      const { page } = await open(session.phone, of("content").pages.deck);
      await page.selectOption("#deck-filter", String(chosen));
      expect(await counter(page)).toBe(`1 / ${counts[chosen]}`);
      for (let i = 0; i < (counts[chosen] ?? 0); i++, await page.keyboard.press("ArrowRight")) {
        const about = await page.locator(".card.current").getAttribute("data-principles");
        expect(about?.split(" ")).toContain(String(chosen));
      }
      await page.selectOption("#deck-filter", "");
      expect(await counter(page)).toBe(`1 / ${cards.length}`);
      await page.close();
    });

    test("on a touch screen a tap flips the card and a swipe moves", async () => {
      const touch = await session.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const { page } = await open(touch, of("notes-ko").pages.deck);
      await page.tap(".card.current");
      expect(await backShown(page)).toBe(true);
      const cdp = await touch.newCDPSession(page);
      const finger = (type: "touchStart" | "touchMove" | "touchEnd", x: number) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y: 400 }] });
      await finger("touchStart", 320);
      await finger("touchMove", 200);
      await finger("touchEnd", 80);
      expect(await counter(page)).toBe(`2 / ${of("notes-ko").inputs.deck.cards.length}`);
      await touch.close();
    });

    test("without JavaScript, and on paper, every card shows, front then back", async () => {
      const total = of("content").inputs.deck.cards.length;
      const noScript = await session.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      const plain = await open(noScript, of("content").pages.deck);
      expect(await plain.page.locator(".card .back:visible").count()).toBe(total);
      expect(await plain.page.locator(".deck-tools:visible, .deck-nav:visible").count()).toBe(0);
      await noScript.close();
      const { page } = await open(session.phone, of("content").pages.deck);
      await page.emulateMedia({ media: "print" });
      expect(await page.locator(".card .front:visible").count()).toBe(total);
      expect(await page.locator(".card .back:visible").count()).toBe(total);
      expect(await page.locator("button:visible, select:visible").count()).toBe(0);
      await page.close();
    });
  });

  describe("the story book", () => {
    test.each(["content", "notes-ko"])("%s: each contents link scrolls its story to the top of a phone screen", async (name) => {
      const { page } = await view(name, "book");
      const landed = await linkTargets(page, "#story-");
      expect(landed.length).toBe(of(name).inputs.model.stories.length);
      expect(landed.filter((link) => !(link.top >= 0 && link.top < 40))).toEqual([]);
      // and a real click (not only the script's) lands the same way
      await page.evaluate("window.scrollTo(0, 0)");
      await page.locator(`a[href="#story-1"]`).first().click();
      expect(Number(await page.evaluate(`document.getElementById("story-1").getBoundingClientRect().top`))).toBeLessThan(40);
    });

    test("the coverage table scrolls inside itself on a phone; the page does not", async () => {
      const { page } = await view("content", "book");
      const wraps = await page.evaluate(`[...document.querySelectorAll(".table-wrap")].map((el) => getComputedStyle(el).overflowX)`);
      expect(wraps).toContain("auto");
      expect(new Set(wraps as string[])).toEqual(new Set(["auto"]));
      expect(await sideways(page)).toBe(0);
    });

    test("Korean words are never split across lines (and the check sees splits when keep-all is off)", async () => {
      for (const kind of ["book", "sheet"] as const) {
        const { page } = await view("notes-ko", kind);
        expect({ kind, split: await splitWords(page) }).toEqual({ kind, split: [] });
      }
      const { page } = await open(session.phone, of("notes-ko").pages.book);
      await page.addStyleTag({ content: "body { word-break: normal !important; }" });
      expect((await splitWords(page)).length).toBeGreaterThan(0);
      await page.close();
    });

    test("printed to PDF: the book has its sections on pages of their own, the cheat sheet stays short", async () => {
      const book = await view("content", "book");
      const bookPages = await pdfPages(await book.page.pdf({ format: "A4" }));
      const sections = 7; // cover, contents, stories, principles, questions, other notes, coverage
      expect(bookPages).toBeGreaterThanOrEqual(sections);
      expect(bookPages).toBeLessThanOrEqual((sections + of("content").inputs.model.stories.length) * 2);
      const sheet = await view("content", "sheet");
      expect(await pdfPages(await sheet.page.pdf({ format: "A4" }))).toBeLessThanOrEqual(2);
    });
  });

  test("long URLs and long unbroken tokens wrap instead of widening the phone page", async () => {
    const long = "https://example.org/" + "a-very-long-path-segment/".repeat(12);
    const markdown = `### Links\n\nSee [${long}](${long}) and \`${"x".repeat(120)}\`\n\n| a | b |\n|---|---|\n| ${"y".repeat(90)} | z |\n\n\`\`\`\n${"code ".repeat(60)}\n\`\`\``;
    const base = { title: "Long", lang: "en", css: of("content").inputs.sheet.css };
    const html = await withFonts((fontCss) => sheetHtml({ ...base, fontCss, header: [], body: parseMarkdown(markdown), footer: [] }));
    const path = join(of("content").pages.dir, "long.html");
    await writeFile(path, html);
    const { page, errors } = await open(session.phone, path);
    expect(await sideways(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
