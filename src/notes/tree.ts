/**
 * The structure of a note body, before any meaning: headings nest by level; a bold-only
 * line opens a section at column 0 and a sub-heading inside an item when indented; a
 * label line (`Questions:`, `> questions:`) groups the list that follows; items nest by
 * indentation; a fence holding a story is one block. Prose keeps to the item above it —
 * at column 0 too, the way people write answers under a numbered question.
 *
 * Every node covers a contiguous range of lines, so a node's body is a slice of them.
 */
import type { NoteLine } from "./lines.js";

export type NodeType = "root" | "heading" | "bold" | "label" | "item" | "fence";

export interface Node {
  type: NodeType;
  /** The line that opens the node; null for the root. */
  head: NoteLine | null;
  /** Headings 1–6; a bold line at column 0 7; anything inside a list 8. */
  level: number;
  indent: number;
  /** Index of the head in the lines (-1 for the root); the body is the lines after it up to `end`. */
  index: number;
  end: number;
  children: Node[];
}

const SECTION_BOLD = 7;
const IN_LIST = 8;

/** Returns the tree of `lines`: a root whose descendants open at headings, bold and label lines, items and story fences. */
export function buildTree(lines: readonly NoteLine[]): Node {
  const root: Node = { type: "root", head: null, level: 0, indent: 0, index: -1, end: lines.length, children: [] };
  const stack: Node[] = [root];
  const top = (): Node => stack[stack.length - 1] ?? root;
  const close = (index: number, keep: (node: Node) => boolean): void => {
    while (stack.length > 1 && !keep(top())) (stack.pop() as Node).end = index;
  };
  const open = (type: NodeType, index: number, level: number): void => {
    const head = lines[index] ?? null;
    const node: Node = { type, head, level, indent: head?.indent ?? 0, index, end: lines.length, children: [] };
    top().children.push(node);
    stack.push(node);
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as NoteLine;
    if (line.fenced !== undefined && lines[index - 1]?.fenced === undefined) {
      // A story fence at column 0 ends the list above it; indented, it belongs to the item it is in.
      if (line.indent === 0) close(index, (n) => n.level < IN_LIST);
      else placeProse(line, index, stack, close);
      open("fence", index, IN_LIST);
      while (lines[index + 1]?.fenced !== undefined) index++;
      close(index + 1, (n) => n.type !== "fence");
      continue;
    }
    if (line.kind === "heading") {
      const level = line.level ?? 1;
      close(index, (n) => n.type === "heading" && n.level < level);
      open("heading", index, level);
    } else if (line.kind === "bold") {
      const item = innermost(stack, (n) => n.type === "item" && n.indent < line.indent);
      if (item === undefined) {
        close(index, (n) => n.level < SECTION_BOLD);
        open("bold", index, SECTION_BOLD);
      } else {
        close(index, (n) => n === item || (n.level === IN_LIST && n.type !== "item" && n.indent < line.indent) || n.level < IN_LIST);
        open("bold", index, IN_LIST);
      }
    } else if (line.kind === "item") {
      // An item closes every item at its depth or deeper, with the sub-headings and labels inside them.
      const outer = stack.findIndex((n) => n.type === "item" && n.indent >= line.indent);
      if (outer > 0) close(index, () => stack.length <= outer);
      close(index, (n) => n.level < IN_LIST || (n.type === "item" ? n.indent < line.indent : n.indent <= line.indent));
      open("item", index, IN_LIST);
    } else if (line.kind !== "blank") {
      placeProse(line, index, stack, close);
      if (line.kind === "text" && line.label?.rest === "") open("label", index, IN_LIST);
    }
  }
  for (const node of stack) node.end = lines.length;
  return root;
}

/** Prose belongs to the deepest open list node not deeper than it, and at least to the outermost item. */
function placeProse(line: NoteLine, index: number, stack: readonly Node[], close: (index: number, keep: (n: Node) => boolean) => void): void {
  const outermost = stack.find((n) => n.level === IN_LIST);
  close(index, (n) => n.level < IN_LIST || n === outermost || n.indent <= line.indent);
}

function innermost(stack: readonly Node[], test: (node: Node) => boolean): Node | undefined {
  for (let i = stack.length - 1; i >= 0; i--) {
    const node = stack[i] as Node;
    if (node.level < IN_LIST) return undefined;
    if (test(node)) return node;
  }
  return undefined;
}

/** Returns the lines of a node's body (everything after its head). */
export function bodyOf(node: Node, lines: readonly NoteLine[]): NoteLine[] {
  return lines.slice(node.index + 1, node.end);
}
