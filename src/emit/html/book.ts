/** The story book as a web page: cover, contents with links, one section per printed page, tables that scroll by themselves. */
import type { Block } from "../../markdown/types.js";
import { blocksToHtml } from "./blocks.js";
import { htmlDocument, type PageBase } from "./document.js";

/** The story book's input: the blocks of the whole rendered book (cover, contents, stories, coverage, questions). */
export interface BookInput extends PageBase {
  blocks: Block[];
}

/** Returns the story book as one self-contained HTML document. */
export function bookHtml(input: BookInput): string {
  const [first = [], ...rest] = splitPages(input.blocks);
  // Like the PDF: what comes before the first page break is the cover, when there is a page break.
  const cover = rest.length > 0 && first.length > 0 ? first : null;
  const pages = cover ? rest : [first, ...rest].filter((page) => page.length > 0);
  const parts = [
    ...(cover ? [`<header class="book-cover">\n${blocksToHtml(cover)}\n</header>`] : []),
    ...pages.map((blocks) => `<section class="book-page">\n${blocksToHtml(blocks)}\n</section>`),
  ];
  return htmlDocument({ ...input, kind: "book", body: `<main>\n${parts.join("\n")}\n</main>` });
}

/** Returns the blocks cut at each page break (the breaks dropped, empty pages skipped); the cover is the first. */
export function splitPages(blocks: readonly Block[]): Block[][] {
  const pages: Block[][] = [[]];
  for (const block of blocks) {
    if (block.kind === "page") pages.push([]);
    else pages[pages.length - 1]?.push(block);
  }
  return pages.filter((page, i) => i === 0 || page.length > 0);
}
