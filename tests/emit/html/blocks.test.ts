import { describe, expect, test } from "vitest";
import { blocksToHtml } from "../../../src/emit/html/index.js";
import { parseMarkdown } from "../../../src/markdown/parse.js";
import type { Block } from "../../../src/markdown/types.js";

/** Returns the HTML of markdown, as the pipeline makes it: templates' markdown → blocks → HTML. */
const html = (markdown: string): string => blocksToHtml(parseMarkdown(markdown));

describe("escaping", () => {
  test("user text never becomes markup (templates escape it in markdown as `plain` does)", () => {
    const out = html(String.raw`Tom & Jerry say "\<script\>alert('x')\</script\>" & more`);
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("Tom &amp; Jerry");
    expect(out).toContain("&quot;");
  });

  test("code blocks, code spans and table cells are escaped", () => {
    expect(html("```\nif (a < b && c > d) {}\n```")).toBe("<pre><code>if (a &lt; b &amp;&amp; c &gt; d) {}</code></pre>");
    expect(html("use `<br>` here")).toBe("<p>use <code>&lt;br&gt;</code> here</p>");
    expect(html("| a |\n|---|\n| <b>x</b> & y |")).not.toContain("<b>");
  });

  test("anchor names and link targets cannot leave their attribute", () => {
    const blocks: Block[] = [{ kind: "anchor", name: `x"><img src=y>` }, { kind: "paragraph", runs: [{ text: "t", link: `#a"b` }] }];
    const out = blocksToHtml(blocks);
    expect(out).toBe(`<p id="x&quot;&gt;&lt;img src=y&gt;"><a href="#a&quot;b">t</a></p>`);
  });
});

describe("each block kind", () => {
  test("headings keep their level", () => {
    expect(html("# One\n\n## Two\n\n### Three\n\n#### Four")).toBe("<h1>One</h1>\n<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>");
  });

  test("paragraphs keep bold, italic and code, nested", () => {
    expect(html("a **bold *both*** and `code`")).toBe("<p>a <strong>bold </strong><strong><em>both</em></strong> and <code>code</code></p>");
  });

  test("a hard line break becomes <br>", () => {
    expect(html("first  \nsecond")).toBe("<p>first<br>second</p>");
  });

  test("ordered lists keep their start and their `1)` style; items with more blocks keep them", () => {
    expect(html("3. three\n4. four")).toBe(`<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>`);
    expect(html("1) one\n2) two")).toBe(`<ol class="paren">\n<li>one</li>\n<li>two</li>\n</ol>`);
    expect(html("- a\n  - b\n- c")).toBe("<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul></li>\n<li>c</li>\n</ul>");
  });

  test("quotes, rules and code", () => {
    expect(html("> said\n\n---\n\n```\nx\n```")).toBe("<blockquote>\n<p>said</p>\n</blockquote>\n<hr>\n<pre><code>x</code></pre>");
  });

  test("tables sit in a box that scrolls by itself; columns of marks are centred", () => {
    const out = html("| # | Story | 1 |\n|---|---|---|\n| 1 | A long title | ● |\n| 2 | Another | |");
    expect(out.startsWith(`<div class="table-wrap" tabindex="0">\n<table>\n<thead>`)).toBe(true);
    expect(out).toContain(`<tr><th scope="col" class="c">#</th><th scope="col">Story</th><th scope="col" class="c">1</th></tr>`);
    expect(out).toContain(`<tr><td class="c">1</td><td>A long title</td><td class="c">●</td></tr>`);
    expect(out).toContain(`<tr><td class="c">2</td><td>Another</td><td class="c"></td></tr>`);
  });

  test("a table of many columns is marked wide (it scrolls on a phone, so its text columns need not squeeze)", () => {
    expect(html("| # | Story | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|---|\n| 1 | A | ● | | | |")).toContain(`<table class="wide">`);
    expect(html("| # | Story | 1 |\n|---|---|---|\n| 1 | A | ● |")).toContain(`<table>`);
  });

  test("a page break is a print break; a column break shows nothing", () => {
    const out = html("before\n\n<!-- page -->\n\n<!-- column -->\n\nafter");
    expect(out).toBe(`<p>before</p>\n<div class="page-break" aria-hidden="true"></div>\n<div class="column-break" aria-hidden="true"></div>\n<p>after</p>`);
  });
});

describe("links and anchors", () => {
  test("an anchor names the next element, even across a page break, so links land on the heading", () => {
    const out = html("[Go](#story-1)\n\n<!-- page -->\n\n<!-- anchor story-1 -->\n\n## 1. Title");
    expect(out).toContain(`<a href="#story-1">Go</a>`);
    expect(out).toContain(`<h2 id="story-1">1. Title</h2>`);
  });

  test("two anchors before one block: the second keeps its own empty target; a last anchor is kept too", () => {
    const out = html("<!-- anchor a -->\n\n<!-- anchor b -->\n\ntext\n\n<!-- anchor end -->");
    expect(out).toBe(`<span class="anchor" id="b"></span>\n<p id="a">text</p>\n<span class="anchor" id="end"></span>`);
  });

  test("only in-page, web and mail links are links; anything else stays text", () => {
    expect(html("[a](#x) [b](https://example.org/p?q=1&r=2) [c](http://e.org) [d](mailto:me@example.org)")).toBe(
      `<p><a href="#x">a</a> <a href="https://example.org/p?q=1&amp;r=2">b</a> <a href="http://e.org">c</a> <a href="mailto:me@example.org">d</a></p>`,
    );
    expect(html("[e](javascript:alert(1)) [f](notes.html) [g](data:text/html,x) [h](#)")).toBe("<p>e f g h</p>");
  });

  test("a link over several styles is one link", () => {
    expect(html("[**Q1** text](#question-1)")).toBe(`<p><a href="#question-1"><strong>Q1</strong> text</a></p>`);
  });
});
