/**
 * Decides what a node of the notes' tree is — a section, a principle, a question, a story,
 * or text kept where it is — from its own words and the scope it sits in.
 */
import type { NoteLine } from "../notes/lines.js";
import type { Node } from "../notes/tree.js";
import { isGenericLabel, sectionWords, storyPrefix, type Ask, type SectionWords } from "./evidence.js";
import type { PrincipleMatcher } from "./match.js";
import { starTest } from "./star.js";

/** What a node of the tree is read as; `keep` leaves its lines with the node around it. */
export type Role = "section" | "principle" | "question" | "story" | "keep";

/** Where a node sits: what its section holds, the principle it is under, and the nearest heading's words. */
export interface Scope {
  holds: SectionWords | "principle";
  principle: string | null;
  /** Inside an entry (a principle): sub-sections there belong to it, not to the document. */
  inside: boolean;
  title: string;
  depth: number;
}

/** What role decisions need besides the node and its scope. */
export interface RoleContext {
  matcher: PrincipleMatcher;
  /** `askShape`, remembered per text. */
  ask: (text: string) => Ask;
  lines: readonly NoteLine[];
  /** Most of the node's sibling items read as questions: the rest of them are questions too. */
  mostlyAsk: boolean;
}

/** Returns the role of `node` in `scope`. */
export function roleOf(node: Node, scope: Scope, context: RoleContext): Role {
  const head = node.head;
  if (!head) return "keep";
  if (node.type === "fence") return "story";
  if (node.type === "item") return itemRole(head, node, scope, context);
  if (node.type === "label") return sectionWords(head.label?.words ?? "") === "other" ? "keep" : "section";
  return headingRole(head, node, scope, context);
}

function headingRole(head: NoteLine, node: Node, scope: Scope, context: RoleContext): Role {
  const text = head.text;
  // `**Answer**:` labels what follows; a heading `## 예시` still opens a section.
  if (node.type !== "heading" && isGenericLabel(text)) return "keep";
  if (storyPrefix(text) !== null) return "story";
  const match = context.matcher.match(text);
  // `## Dive Deep: 깊게 파고든 경험이 있나요?` asks about the principle: a question that mentions it.
  if (match && (match.remainder === "" || context.ask(match.remainder) !== "strong")) return "principle";
  if (sectionWords(text) !== "other") return "section";
  if (node.type === "heading" && scope.holds === "questions") return "question";
  if (context.ask(text) === "strong") return "question";
  if (node.type === "heading" && scope.holds === "stories" && hasStar(node, context.lines)) return "story";
  return scope.inside ? "keep" : "section";
}

function itemRole(head: NoteLine, node: Node, scope: Scope, context: RoleContext): Role {
  if (scope.holds === "notes" || insideStar(node, context.lines)) return "keep";
  // `Q:`, `Q3.`, `질문:`: the writer marked it a question.
  if (/^(?:q\d*|question\s*\d*|질문\s*\d*)$/i.test(head.marker ?? "")) return "question";
  const text = head.text;
  const match = text === "" ? null : context.matcher.match(text);
  if (scope.holds === "questions") {
    if (match?.remainder === "" && node.children.length > 0) return "principle";
    // Inside a principle, a sub-heading's words are weaker evidence: its items must ask.
    return scope.inside && context.ask(text) === null && !context.mostlyAsk ? "keep" : "question";
  }
  if (scope.holds === "stories") return hasStar(node, context.lines) ? "story" : match ? "principle" : "keep";
  if (storyPrefix(text) !== null && hasStar(node, context.lines)) return "story";
  if (match && (match.remainder === "" || context.ask(match.remainder) !== "strong")) return "principle";
  const ask = context.ask(text);
  if (ask === "strong") return "question";
  if (scope.holds === "principles") return "keep";
  return context.mostlyAsk ? "question" : "keep";
}

/** Returns true when most of the (non-empty, non-principle) items among `nodes` read as questions. */
export function mostlyAsk(nodes: readonly Node[], matcher: PrincipleMatcher, ask: (text: string) => Ask): boolean {
  let items = 0;
  let asks = 0;
  for (const node of nodes) {
    const text = node.type === "item" ? (node.head?.text ?? "") : "";
    if (text === "" || matcher.match(text)) continue;
    items++;
    if (ask(text) !== null) asks++;
  }
  return items >= 2 && asks * 2 > items;
}

/** Returns true when a line among the node's lines counts as a STAR label. */
function hasStar(node: Node, lines: readonly NoteLine[]): boolean {
  let any = false;
  for (let i = node.index + 1; i < node.end && !any; i++) any = lines[i]?.kind === "star";
  if (!any) return false;
  const body = lines.slice(node.index + 1, node.end);
  return body.some(starTest(body));
}

/** An item under a STAR label (`A:` then `- step`) is part of that story, whatever it says. */
function insideStar(node: Node, lines: readonly NoteLine[]): boolean {
  for (let i = node.index - 1; i >= 0; i--) {
    const line = lines[i] as NoteLine;
    if (line.kind === "blank" || line.indent > node.indent) continue;
    if (line.indent === node.indent) return false;
    return line.kind === "star";
  }
  return false;
}
