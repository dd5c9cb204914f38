/** Reads a node whose role is decided: a principle, a question or a story. */
import type { NoteLine } from "../notes/lines.js";
import type { Node } from "../notes/tree.js";
import { questionOf, readEntry } from "./entries.js";
import { askShape, questionWords, scriptOf, sectionWords, storyPrefix } from "./evidence.js";
import { describePrinciple, takeQuotes, hooksFrom } from "./principles.js";
import { gather, type Reader } from "./interpret.js";
import type { Scope } from "./roles.js";
import { starTest } from "./star.js";
import { notesOf, type StoryBase } from "./story-drafts.js";
import { append } from "../arrays.js";

/** Reads a principle's heading or item: questions and stories under it are linked to it, the rest is its text. */
export function readPrinciple(node: Node, scope: Scope, reader: Reader): void {
  const head = node.head as NoteLine;
  const match = reader.matcher.match(head.text);
  if (!match) return;
  const inner: Scope = { holds: "principle", principle: match.id, inside: true, title: head.text, depth: scope.depth };
  const lines = takeQuotes(gather(node, inner, reader), inner, reader);
  const found = readEntry({ kind: "principle", head, title: head.text, body: lines, scopeTitle: head.text }, reader.file);
  hooksFrom(found.rest, reader);
  describePrinciple(match.id, head, match.remainder, found.rest, reader);
  const tags = [...found.tags, ...reader.extraTags];
  append(reader.into.stories, found.stories.map((s) => ({ ...s, tags: [...s.tags, ...tags], principleIds: [match.id] })));
}

/** Reads a question: its translation, answer, points and the stories told under it. */
export function readQuestion(node: Node, scope: Scope, reader: Reader): void {
  const head = node.head as NoteLine;
  const { body, apart } = splitApart(node, reader);
  const translation = takeTranslation(head, body);
  const lines = takeQuotes(body, scope, reader);
  // A story told right under the question, with no title of its own, is named by the question.
  const found = readEntry({ kind: "question", head, title: head.text, body: lines, scopeTitle: scope.title }, reader.file, questionWords(head.text));
  const principleIds = scope.principle ? [scope.principle] : [];
  const stories = found.stories.map((s) => ({ ...s, tags: [...s.tags, ...found.tags, ...reader.extraTags], principleIds }));
  const number = reader.into.questions.length + 1;
  const question = { ...questionOf({ kind: "question", head, title: head.text, body: lines }, { ...found, stories }, reader.file, number, translation.text), principleIds };
  reader.into.questions.push(question);
  append(reader.into.stories, stories);
  // A `Story:` heading under the question answers it; other headings there are read on their own.
  for (const child of apart) {
    const told = storyPrefix(child.head?.text ?? "") !== null ? readStory(child, scope, reader, question.stories) : undefined;
    if (told === undefined) readApart(child, scope, reader);
  }
}

/** Reads a story's heading, item or fence; returns its lines when they hold no story after all (a legend). */
export function readStory(node: Node, scope: Scope, reader: Reader, answers?: StoryBase[]): NoteLine[] {
  const head = node.head as NoteLine;
  const { body, apart } = node.type === "fence" ? { body: reader.lines.slice(node.index, node.end), apart: [] } : splitApart(node, reader);
  // Without a story label, what is left once the sections under it are read apart must hold STAR lines.
  if (node.type !== "fence" && storyPrefix(head.text) === null && !body.some(starTest(body))) {
    for (const child of apart) readApart(child, scope, reader);
    return [head, ...body];
  }
  const lines = takeQuotes(body, scope, reader);
  const kind = node.type === "fence" ? "note" : "story";
  const found = readEntry({ kind, head: kind === "story" ? head : null, title: kind === "story" ? head.text : "", body: lines, scopeTitle: scope.title }, reader.file);
  if (found.stories.length === 0) return node.type === "fence" ? body : [head, ...body];
  const stories = found.stories.map((s, i) => ({
    ...s,
    notes: i === 0 && kind === "note" ? [...s.notes, ...notesFrom(found.rest, reader.file)] : s.notes,
    tags: [...s.tags, ...found.tags, ...reader.extraTags],
    principleIds: scope.principle ? [scope.principle] : [],
  }));
  append(reader.into.stories, stories);
  if (answers) append(answers, stories);
  for (const child of apart) readApart(child, scope, reader);
  return [];
}

function notesFrom(lines: readonly NoteLine[], file: string): StoryBase["notes"] {
  return lines.filter((l) => l.kind !== "blank").map((l) => ({ text: l.text, source: { file, line: l.line } }));
}

/**
 * Splits a question's or story's lines from the headings under it that open something of
 * their own (a principle, a section, a story): those are read apart.
 */
function splitApart(node: Node, reader: Reader): { body: NoteLine[]; apart: Node[] } {
  const apart = findApart(node, reader);
  const body: NoteLine[] = [];
  let position = node.index + 1;
  for (const child of apart) {
    append(body, reader.lines.slice(position, child.index));
    position = child.end;
  }
  append(body, reader.lines.slice(position, node.end));
  // Under a story or question, a heading that reads as a tag line tags it.
  return { body: body.map((l) => (l.kind === "heading" && l.tags !== undefined ? { ...l, kind: "tags", text: l.tags } : l)), apart };
}

/** Returns the headings and bold lines below `node` (through sub-headings, not items) that open something of their own. */
function findApart(node: Node, reader: Reader): Node[] {
  const found: Node[] = [];
  for (const child of node.children) {
    if (child.type !== "heading" && child.type !== "bold") continue;
    if (child.head?.tags === undefined && opensApart(child.head?.text ?? "", reader)) found.push(child);
    else append(found, findApart(child, reader));
  }
  return found;
}

function opensApart(text: string, reader: Reader): boolean {
  return storyPrefix(text) !== null || reader.matcher.match(text) !== null || sectionWords(text) !== "other";
}

function readApart(node: Node, scope: Scope, reader: Reader): void {
  // A heading read apart is a node of the enclosing scope, at its place.
  const wrapper: Node = { type: "root", head: null, level: 0, indent: 0, index: node.index - 1, end: node.end, children: [node] };
  const loose = gather(wrapper, { ...scope, depth: scope.depth + 1 }, reader);
  hooksFrom(loose, reader);
  append(reader.into.document.notes, notesOf(loose, reader.file));
}

/** Takes the question's translation — its first paragraph, in the other script, itself a question — out of its lines. */
function takeTranslation(head: NoteLine, body: NoteLine[]): { text: string } {
  let start = 0;
  while (body[start]?.kind === "blank") start++;
  let end = start;
  const deeper = head.kind === "item" ? head.indent + 1 : 0;
  while (body[end]?.kind === "text" && (body[end]?.indent ?? 0) >= deeper && end - start < 3) end++;
  if (end === start || body[end]?.kind === "text") return { text: "" };
  const text = body.slice(start, end).map((l) => l.text).join(" ");
  const own = scriptOf(head.text);
  const other = scriptOf(text);
  if (own === null || other === null || own === other || askShape(text) !== "strong") return { text: "" };
  body.splice(start, end - start);
  return { text };
}

