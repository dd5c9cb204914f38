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

/** What opened a node. */
export type NodeType = "root" | "heading" | "bold" | "label" | "item" | "fence";

/** One node of the notes' tree, covering a contiguous range of lines. */
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
  const builder = new TreeBuilder(lines);
  for (let index = 0; index < lines.length; index++) index = builder.add(index);
  return builder.finish();
}

/** Builds the tree line by line with a stack of the nodes still open. */
class TreeBuilder {
  private readonly root: Node;
  private readonly stack: Node[];

  constructor(private readonly lines: readonly NoteLine[]) {
    this.root = { type: "root", head: null, level: 0, indent: 0, index: -1, end: lines.length, children: [] };
    this.stack = [this.root];
  }

  /** Places the line at `index`; returns the index of the last line it took (a fence takes several). */
  add(index: number): number {
    const line = this.lines[index] as NoteLine;
    if (line.fenced !== undefined && this.lines[index - 1]?.fenced === undefined) return this.fence(line, index);
    if (line.kind === "heading") {
      const level = line.level ?? 1;
      this.close(index, (n) => n.type === "heading" && n.level < level);
      this.open("heading", index, level);
    } else if (line.kind === "bold") this.bold(line, index);
    else if (line.kind === "item") this.item(line, index);
    else if (line.kind !== "blank") {
      this.prose(line, index);
      if (line.kind === "text" && line.label?.rest === "") this.open("label", index, IN_LIST);
    }
    return index;
  }

  finish(): Node {
    for (const node of this.stack) node.end = this.lines.length;
    return this.root;
  }

  /** A story fence at column 0 ends the list above it; indented, it belongs to the item it is in. */
  private fence(line: NoteLine, index: number): number {
    if (line.indent === 0) this.close(index, (n) => n.level < IN_LIST);
    else this.prose(line, index);
    this.open("fence", index, IN_LIST);
    let last = index;
    while (this.lines[last + 1]?.fenced !== undefined) last++;
    this.close(last + 1, (n) => n.type !== "fence");
    return last;
  }

  /** A bold-only line opens a section at column 0, and a sub-heading of the item it is indented under. */
  private bold(line: NoteLine, index: number): void {
    const item = this.innermost((n) => n.type === "item" && n.indent < line.indent);
    if (item === undefined) {
      this.close(index, (n) => n.level < SECTION_BOLD);
      this.open("bold", index, SECTION_BOLD);
      return;
    }
    this.close(index, (n) => n === item || (n.level === IN_LIST && n.type !== "item" && n.indent < line.indent) || n.level < IN_LIST);
    this.open("bold", index, IN_LIST);
  }

  /** An item closes every item at its depth or deeper, with the sub-headings and labels inside them. */
  private item(line: NoteLine, index: number): void {
    const outer = this.stack.findIndex((n) => n.type === "item" && n.indent >= line.indent);
    if (outer > 0) this.close(index, () => this.stack.length <= outer);
    this.close(index, (n) => n.level < IN_LIST || (n.type === "item" ? n.indent < line.indent : n.indent <= line.indent));
    this.open("item", index, IN_LIST);
  }

  /** Prose belongs to the deepest open list node not deeper than it, and at least to the outermost item. */
  private prose(line: NoteLine, index: number): void {
    const outermost = this.stack.find((n) => n.level === IN_LIST);
    this.close(index, (n) => n.level < IN_LIST || n === outermost || n.indent <= line.indent);
  }

  private top(): Node {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  private close(index: number, keep: (node: Node) => boolean): void {
    while (this.stack.length > 1 && !keep(this.top())) (this.stack.pop() as Node).end = index;
  }

  private open(type: NodeType, index: number, level: number): void {
    const head = this.lines[index] ?? null;
    const node: Node = { type, head, level, indent: head?.indent ?? 0, index, end: this.lines.length, children: [] };
    this.top().children.push(node);
    this.stack.push(node);
  }

  private innermost(test: (node: Node) => boolean): Node | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const node = this.stack[i] as Node;
      if (node.level < IN_LIST) return undefined;
      if (test(node)) return node;
    }
    return undefined;
  }
}

/** Returns the lines of a node's body (everything after its head). */
export function bodyOf(node: Node, lines: readonly NoteLine[]): NoteLine[] {
  return lines.slice(node.index + 1, node.end);
}
