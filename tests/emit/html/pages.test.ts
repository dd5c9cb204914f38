import { describe, expect, test } from "vitest";
import { bookHtml, deckHtml, fontCss, sheetHtml, withFonts, withSharedFonts, type DeckCard } from "../../../src/emit/html/index.js";
import { parseMarkdown } from "../../../src/markdown/parse.js";
import { fontkit } from "../../../src/emit/pdf/typeset/modules.js";
import { NOTES_KO } from "../../examples.js";
import { htmlTemplate, inputsFor } from "./inputs.js";

const base = { title: "My <prep> notes", lang: "ko", css: "body { color: black; }", fontCss: "" };
const md = parseMarkdown;

/** Returns the fonts embedded in a page's `@font-face` rules, parsed. */
function embeddedFonts(html: string) {
  return [...html.matchAll(/url\(data:font\/otf;base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => {
    const font = fontkit().create(Buffer.from(m[1] ?? "", "base64"));
    if (!("hasGlyphForCodePoint" in font)) throw new Error("a font collection");
    return font;
  });
}

/** Returns the visible text of a page (tags, script and style removed), as a reader would meet it. */
function visibleText(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1>/g, "").replace(/<[^>]+>/g, "").replace(/&[a-z#0-9]+;/g, "");
}

describe("every page is one self-contained document", () => {
  test("the language, an escaped title, a viewport for phones, and nothing to fetch", () => {
    const page = sheetHtml({ ...base, header: md("# Head"), body: md("### 1. A\n\ntext\n\n### 2. B\n\nmore"), footer: [] });
    expect(page.startsWith("<!doctype html>\n<html lang=\"ko\">")).toBe(true);
    expect(page).toContain("<title>My &lt;prep&gt; notes</title>");
    expect(page).toContain(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
    expect(page).toContain(`content="default-src 'none';`);
    expect(page).not.toMatch(/<(link|img|iframe)\b|\bsrc=/);
  });

  test("a stylesheet or script from a templates folder cannot close its element early", () => {
    const card: DeckCard = { id: "q1", kind: "question", principleIds: [], front: md("Q"), back: md("A") };
    const page = deckHtml({ ...base, css: "a{} </style><p>x", script: "var s = '</script><p>y';", cards: [card], principles: [] });
    expect(page).not.toContain("</style><p>x");
    expect(page).not.toContain("</script><p>y");
  });
});

describe("the cheat sheet", () => {
  test("has its three regions, the body cut into one section per principle", () => {
    const body = md("<!-- anchor top -->\n\n### 1. First\n\n- story\n\n### 2. Second\n\n*none yet*");
    const page = sheetHtml({ ...base, header: md("Role · Company"), body, footer: md("**Unanswered:** Q7") });
    expect(page).toContain(`<header class="sheet-header">\n<p>Role · Company</p>\n</header>`);
    expect(page).toContain(`<section>\n<h3 id="top">1. First</h3>`);
    expect(page.match(/<section>/g)?.length).toBe(2);
    expect(page).toContain(`<footer class="sheet-footer">`);
  });

  test("leaves out empty header and footer", () => {
    const page = sheetHtml({ ...base, header: [], body: md("text"), footer: [] });
    expect(page).not.toMatch(/<header|<footer/);
  });
});

describe("the deck", () => {
  const cards: DeckCard[] = [
    { id: "q1", kind: "question", principleIds: ["ownership", "unknown"], front: md("### Why us?"), back: md("Because.") },
    { id: "ownership", kind: "principle", principleIds: ["ownership"], front: md("## Ownership"), back: md("*hook*") },
  ];
  const principles = [{ id: "customer", name: "Customer" }, { id: "ownership", name: "Owner & ship" }];

  test("every card has its front and back; the filter offers only principles that have cards", () => {
    const page = deckHtml({ ...base, lang: "en", script: "/* deck */", cards, principles });
    expect(page.match(/<article class="card"/g)?.length).toBe(2);
    expect(page).toContain(`<article class="card" id="card-1" data-id="q1" data-kind="question" data-principles="1">`);
    expect(page).toContain(`<div class="face front">\n<h3>Why us?</h3>\n</div>\n<div class="face back">\n<p>Because.</p>\n</div>`);
    expect(page).toContain(`<option value="">All principles</option><option value="1">Owner &amp; ship</option></select>`);
    expect(page).toContain("/* deck */");
  });

  test("controls speak the notes' language and stay hidden until the script shows them", () => {
    const page = deckHtml({ ...base, script: "", cards, principles });
    expect(page).toContain(`<div class="deck-tools" hidden>`);
    expect(page).toContain(">섞기</button>");
    expect(page).toContain(`<option value="">모든 원칙</option>`);
  });
});

describe("the story book", () => {
  test("the cover is what comes before the first page break; each later page is a section", () => {
    const blocks = md("# Book\n\n<!-- page -->\n\n## Contents\n\n<!-- page -->\n\n<!-- page -->\n\n<!-- anchor story-1 -->\n\n## 1. Story");
    const page = bookHtml({ ...base, blocks });
    expect(page).toContain(`<header class="book-cover">\n<h1>Book</h1>\n</header>`);
    expect(page.match(/<section class="book-page">/g)?.length).toBe(2);
    expect(page).toContain(`<h2 id="story-1">1. Story</h2>`);
  });

  test("without page breaks there is no cover, only the page", () => {
    const page = bookHtml({ ...base, blocks: md("# Title\n\ntext") });
    expect(page).not.toContain("book-cover");
    expect(page).toContain(`<section class="book-page">\n<h1>Title</h1>`);
  });
});

describe("fonts", () => {
  test("the embedded fonts have a glyph for every character of the page, regular and bold", async () => {
    const inputs = await inputsFor(NOTES_KO);
    const page = await withFonts((css) => deckHtml({ ...inputs.deck, fontCss: css }));
    const fonts = embeddedFonts(page);
    expect(fonts.length).toBe(2);
    const chars = [...new Set(visibleText(page).replace(/\s/g, ""))];
    expect(chars.some((c) => /\p{Script=Hangul}/u.test(c))).toBe(true);
    for (const font of fonts) expect(chars.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))).toEqual([]);
  });

  test("pages sharing one subset each still have every glyph they show", async () => {
    const inputs = await inputsFor(NOTES_KO);
    const pages = await withSharedFonts([(css) => sheetHtml({ ...inputs.sheet, fontCss: css }), (css) => bookHtml({ ...inputs.book, fontCss: css })]);
    expect(pages.length).toBe(2);
    for (const page of pages) {
      const chars = [...new Set(visibleText(page).replace(/\s/g, ""))];
      const [regular] = embeddedFonts(page);
      expect(chars.filter((c) => !regular?.hasGlyphForCodePoint(c.codePointAt(0) ?? 0))).toEqual([]);
    }
  });

  test("the same text gives the same bytes; other text gives other fonts", async () => {
    const first = await fontCss("면접 준비 Interview");
    expect(await fontCss("면접 준비 Interview")).toBe(first);
    expect(await fontCss("준비 면접 Interview")).toBe(first);
    expect(await fontCss("다른 글자")).not.toBe(first);
  });

  test("the default stylesheet asks for the embedded family first", async () => {
    const css = await htmlTemplate("style.css");
    const inline = await fontCss("가");
    const family = /font-family: ("[^"]+")/.exec(inline)?.[1];
    expect(family).toBeDefined();
    expect(css).toContain(`--font: ${family ?? ""},`);
  });
});
