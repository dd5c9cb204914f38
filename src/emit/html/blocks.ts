/**
 * The typesetter's blocks → HTML, one case per block kind (marked's Renderer shape). An
 * `<!-- anchor name -->` becomes the id of the element after it, so `[text](#name)` lands there.
 */
import type { Block, ListItem, Run } from "../../markdown/types.js";
import { escapeHtml } from "./escape.js";
import { runsToHtml, runsText } from "./runs.js";
import { append } from "../../arrays.js";

/** Returns the HTML of `blocks`: escaped text, anchors as ids, page breaks for print. */
export function blocksToHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  let pending: string[] = [];
  for (const block of blocks) {
    if (block.kind === "anchor") pending.push(block.name);
    else if (block.kind === "page" || block.kind === "column") out.push(blockHtml(block, null));
    else {
      const [id, ...extra] = pending;
      append(out, extra.map((name) => blockHtml({ kind: "anchor", name }, null)));
      out.push(blockHtml(block, id ?? null));
      pending = [];
    }
  }
  append(out, pending.map((name) => blockHtml({ kind: "anchor", name }, null)));
  return out.join("\n");
}

/** Returns one block's HTML with `id` on its outer element; the compiler checks every kind is handled. */
function blockHtml(block: Block, id: string | null): string {
  const at = id === null ? "" : ` id="${escapeHtml(id)}"`;
  switch (block.kind) {
    case "heading":
      return `<h${block.level}${at}>${runsToHtml(block.runs)}</h${block.level}>`;
    case "paragraph":
      return `<p${at}>${runsToHtml(block.runs)}</p>`;
    case "list":
      return listHtml(block, at);
    case "quote":
      return `<blockquote${at}>\n${blocksToHtml(block.blocks)}\n</blockquote>`;
    case "code":
      return `<pre${at}>${block.lang ? `<span class="code-lang">${escapeHtml(block.lang)}</span>\n` : ""}<code>${escapeHtml(block.text)}</code></pre>`;
    case "hr":
      return `<hr${at}>`;
    case "table":
      return tableHtml(block.header, block.rows, at);
    case "page":
      return `<div class="page-break" aria-hidden="true"></div>`;
    case "column":
      return `<div class="column-break" aria-hidden="true"></div>`;
    case "anchor":
      return `<span class="anchor" id="${escapeHtml(block.name)}"></span>`;
    case "keep":
      return "";
    default:
      return unreachable(block);
  }
}

function unreachable(block: never): never {
  throw new Error(`Unknown block ${JSON.stringify(block)}`);
}

function listHtml(list: Extract<Block, { kind: "list" }>, at: string): string {
  const tag = list.ordered ? "ol" : "ul";
  const start = list.ordered && list.start !== 1 ? ` start="${list.start}"` : "";
  const paren = list.ordered && list.delimiter === ")" ? ` class="paren"` : "";
  const items = list.items.map(itemHtml).join("\n");
  return `<${tag}${at}${start}${paren}>\n${items}\n</${tag}>`;
}

/** An item's first paragraph is set inline, so a tight list does not get paragraph gaps. */
function itemHtml(item: ListItem): string {
  const [first, ...rest] = item.blocks;
  const lead = first?.kind === "paragraph" ? runsToHtml(first.runs) : "";
  const tail = first?.kind === "paragraph" ? rest : item.blocks;
  const body = tail.length > 0 ? `${lead}\n${blocksToHtml(tail)}` : lead;
  return `<li${item.continued ? ` class="continued"` : ""}>${body}</li>`;
}

/** More columns than this and a table is set as wide: see `tableHtml`. */
const WIDE_COLUMNS = 5;

/** A table in a wrapper that scrolls sideways by itself; columns of short cells (marks, numbers) are centred. */
function tableHtml(header: Run[][], rows: Run[][][], at: string): string {
  const short = header.map((_, column) => rows.length > 0 && rows.every((row) => runsText(row[column] ?? []).trim().length <= 3));
  const cell = (tag: "th" | "td", runs: Run[], column: number): string => {
    const attrs = `${tag === "th" ? ` scope="col"` : ""}${short[column] ? ` class="c"` : ""}`;
    return `<${tag}${attrs}>${runsToHtml(runs)}</${tag}>`;
  };
  const head = `<thead><tr>${header.map((runs, i) => cell("th", runs, i)).join("")}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((runs, i) => cell("td", runs, i)).join("")}</tr>`).join("\n");
  // A table of many columns (the coverage grid) will scroll on a phone anyway: its text columns may stay wide.
  const wide = header.length > WIDE_COLUMNS ? ` class="wide"` : "";
  return `<div class="table-wrap"${at} tabindex="0">\n<table${wide}>\n${head}\n<tbody>\n${body}\n</tbody>\n</table>\n</div>`;
}
