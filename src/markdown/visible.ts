/** The words blocks show, without markup: what a reader of the page can read. */
import type { Block, Run } from "./types.js";

/** Returns the visible text of blocks, one block per line (directives show nothing). */
export function visibleText(blocks: readonly Block[]): string {
  return blocks.map(blockText).filter((t) => t !== "").join("\n");
}

function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join("");
}

function blockText(block: Block): string {
  switch (block.kind) {
    case "heading":
    case "paragraph":
      return runsText(block.runs);
    case "list":
      return block.items.map((item) => visibleText(item.blocks)).join("\n");
    case "quote":
      return visibleText(block.blocks);
    case "code":
      return block.lang ? `${block.lang}\n${block.text}` : block.text;
    case "table":
      return [block.header, ...block.rows].map((row) => row.map(runsText).join(" ")).join("\n");
    case "hr":
    case "page":
    case "column":
    case "anchor":
    case "keep":
      return "";
  }
}
