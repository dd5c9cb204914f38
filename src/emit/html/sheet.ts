/** The cheat sheet as a web page: header across the top, the principles in columns on wide screens, footer below. */
import type { Block } from "../../markdown/types.js";
import { blocksToHtml } from "./blocks.js";
import { htmlDocument, type PageBase } from "./document.js";
import { smallest } from "../../arrays.js";

/** The cheat sheet's regions, as cut by the template's `<!-- sheet:body -->` and `<!-- sheet:footer -->` marks. */
export interface SheetInput extends PageBase {
  header: Block[];
  body: Block[];
  footer: Block[];
}

/** Returns the cheat sheet as one self-contained HTML document. */
export function sheetHtml(input: SheetInput): string {
  const parts = [
    ...(input.header.length > 0 ? [`<header class="sheet-header">\n${blocksToHtml(input.header)}\n</header>`] : []),
    `<main class="sheet-body">\n${sections(input.body).map((s) => `<section>\n${blocksToHtml(s)}\n</section>`).join("\n")}\n</main>`,
    ...(input.footer.length > 0 ? [`<footer class="sheet-footer">\n${blocksToHtml(input.footer)}\n</footer>`] : []),
  ];
  return htmlDocument({ ...input, kind: "sheet", body: parts.join("\n") });
}

/**
 * Returns the blocks cut before each heading of the highest level present (a principle each, with the
 * template as it is), so a column never starts in the middle of one; anchors stay with the heading they precede.
 */
export function sections(blocks: readonly Block[]): Block[][] {
  const levels = blocks.flatMap((b) => (b.kind === "heading" ? [b.level] : []));
  const top = smallest(levels);
  const out: Block[][] = [];
  let current: Block[] = [];
  for (const block of blocks) {
    if (block.kind === "heading" && block.level === top) {
      let keep = current.length;
      while (keep > 0 && current[keep - 1]?.kind === "anchor") keep--;
      const moved = current.slice(keep);
      if (keep > 0) out.push(current.slice(0, keep));
      current = moved;
    }
    current.push(block);
  }
  if (current.length > 0) out.push(current);
  return out;
}
