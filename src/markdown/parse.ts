/** Markdown (already rendered by templates) → the typesetter's block tree. */
import { Lexer, type MarkedToken, type Token, type Tokens } from "marked";
import { inlineRuns, mergeRuns, stripTags } from "./inline.js";
import type { Block, ListItem, Run } from "./types.js";
import { append } from "../arrays.js";

/**
 * Returns the blocks of a markdown text (GFM); pure. A single newline inside a paragraph is a line
 * break, as people mean it in notes written line by line (GitHub's comment convention).
 */
export function parseMarkdown(markdown: string): Block[] {
  const lexer = new Lexer({ gfm: true, breaks: true, pedantic: false, async: false, silent: false });
  return toBlocks(lexer.lex(markdown.replace(/\r\n?/g, "\n")));
}

function toBlocks(tokens: Token[]): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) append(blocks, toBlock(token));
  return blocks;
}

function toBlock(generic: Token): Block[] {
  const token = generic as MarkedToken;
  switch (token.type) {
    case "heading":
      return [{ kind: "heading", level: clampLevel(token.depth), runs: inlineRuns(token.tokens) }];
    case "paragraph":
      return paragraph(inlineRuns(token.tokens));
    case "text":
      return paragraph(token.tokens ? inlineRuns(token.tokens) : inlineRuns([token]));
    case "list":
      return list(token);
    case "blockquote":
      return [{ kind: "quote", blocks: toBlocks(token.tokens) }];
    case "code":
      return [token.lang ? { kind: "code", text: token.text, lang: token.lang } : { kind: "code", text: token.text }];
    case "hr":
      return [{ kind: "hr" }];
    case "table":
      return [table(token)];
    case "html":
      return html(token.text);
    case "space":
    case "def":
      return [];
    case "list_item":
      return toBlocks(token.tokens);
    case "br":
    case "checkbox":
    case "codespan":
    case "del":
    case "em":
    case "escape":
    case "image":
    case "link":
    case "strong":
      return paragraph(inlineRuns([token]));
    default:
      return paragraph([{ text: stripTags(generic.raw) }]);
  }
}

function clampLevel(depth: number): 1 | 2 | 3 | 4 {
  return depth <= 1 ? 1 : depth === 2 ? 2 : depth === 3 ? 3 : 4;
}

function paragraph(runs: Run[]): Block[] {
  const merged = mergeRuns(runs);
  return merged.some((r) => r.text.trim() !== "") ? [{ kind: "paragraph", runs: merged }] : [];
}

/** Returns the list without its empty items (a bare `2)` is a placeholder, not content), or nothing when all are empty. */
function list(token: Tokens.List): Block[] {
  const delimiter = /^\s*\d+\)/.test(token.items[0]?.raw ?? "") ? ")" : ".";
  const start = typeof token.start === "number" ? token.start : 1;
  const items: ListItem[] = token.items.map((item) => ({ blocks: itemBlocks(item) })).filter((item) => item.blocks.length > 0);
  return items.length === 0 ? [] : [{ kind: "list", ordered: token.ordered, start, delimiter, items }];
}

function itemBlocks(item: Tokens.ListItem): Block[] {
  const blocks = toBlocks(item.tokens);
  if (item.task) {
    const box: Run = { text: item.checked ? "☑ " : "☐ " };
    const first = blocks[0];
    if (first?.kind === "paragraph") blocks[0] = { kind: "paragraph", runs: [box, ...first.runs] };
    else blocks.unshift({ kind: "paragraph", runs: [box] });
  }
  return blocks;
}

function table(token: Tokens.Table): Block {
  return {
    kind: "table",
    header: token.header.map((cell) => inlineRuns(cell.tokens)),
    rows: token.rows.map((row) => row.map((cell) => inlineRuns(cell.tokens))),
  };
}

const DIRECTIVE = /<!--\s*(page|column|anchor|keep)(?:\s+([^\s>]+))?\s*-->/g;

/** Directives become blocks; other HTML keeps its visible text as a paragraph. */
function html(source: string): Block[] {
  const blocks: Block[] = [];
  let rest = source;
  for (const match of source.matchAll(DIRECTIVE)) {
    if (match[1] === "page") blocks.push({ kind: "page" });
    else if (match[1] === "column") blocks.push({ kind: "column" });
    else if (match[1] === "keep") blocks.push({ kind: "keep" });
    else if (match[2]) blocks.push({ kind: "anchor", name: match[2] });
    rest = rest.replace(match[0], "");
  }
  const text = stripTags(rest).trim();
  return text ? [...blocks, ...paragraph([{ text: text.replace(/\s*\n\s*/g, " ") }])] : blocks;
}
