/** The notes' structure before meaning: which lines open nodes and what each node holds. */
import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/notes/lines.js";
import { buildTree, type Node } from "../../src/notes/tree.js";

/** Returns the tree as nested [head text, children] pairs, for readable expectations. */
function shape(text: string): unknown[] {
  const lines = classifyLines(text, 1);
  const walk = (node: Node): unknown[] => node.children.map((c) => (c.children.length ? [`${c.type}:${c.head?.text ?? ""}`, walk(c)] : `${c.type}:${c.head?.text ?? ""}`));
  return walk(buildTree(lines));
}

describe("buildTree", () => {
  it("nests headings by level and puts bold lines at column 0 under the heading", () => {
    expect(shape("# A\n## B\n**C**\n\ntext\n## D\n")).toEqual([["heading:A", [["heading:B", ["bold:C"]], "heading:D"]]]);
  });

  it("makes an indented bold line a sub-heading of its item, grouping the items after it", () => {
    const text = "1. Customer Obsession\n   note\n\n   **Firsts**\n   1) alpha\n   2) beta\n2. Ownership\n";
    expect(shape(text)).toEqual([["item:Customer Obsession", [["bold:Firsts", ["item:alpha", "item:beta"]]]], "item:Ownership"]);
  });

  it("groups the list after a label line, and ends it at the next item of the enclosing list", () => {
    expect(shape("## P\n> questions:\n* one?\n* two?\n")).toEqual([["heading:P", [["label:> questions:", ["item:one?", "item:two?"]]]]]);
    expect(shape("질문: 하나?\n답변:\n1) 상황 - a\n질문: 둘?\n")).toEqual([["item:하나?", ["label:답변:"]], "item:둘?"]);
  });

  it("keeps prose at column 0 with the item above it, and lets a story fence at column 0 end the list", () => {
    expect(shape("1. Q?\n   1) a\n\nprose\n2. R?\n")).toEqual([["item:Q?", ["item:a"]], "item:R?"]);
    expect(shape("* q?\n```\ntitle\nS: a\nT: b\n```\nafter\n")).toEqual(["item:q?", "fence:"]);
  });

  it("covers each node's lines as one contiguous range", () => {
    const lines = classifyLines("# A\n1. x\n   - y\n\n   z\n2. w\n", 1);
    const item = buildTree(lines).children[0]?.children[0];
    expect([item?.index, item?.end]).toEqual([1, 5]);
  });
});
