/**
 * Reads one file: its lines → a tree (structure) → each node read by its role (meaning).
 * A section's or principle's lines that no entry takes stay its text; nothing is dropped.
 */
import type { NoteLine } from "../notes/lines.js";
import { classifyLines } from "../notes/lines.js";
import type { SourceFile } from "../notes/read.js";
import { buildTree, type Node } from "../notes/tree.js";
import type { Collected } from "./assemble.js";
import { readEntry, type Entry } from "./entries.js";
import { askShape, sectionWords, type Ask } from "./evidence.js";
import type { PrincipleMatcher } from "./match.js";
import { plainText, toMarkdown } from "./markdown.js";
import { readPrinciple, readQuestion, readStory } from "./readers.js";
import { mostlyAsk, roleOf, type Role, type Scope } from "./roles.js";
import { notesOf, type StoryBase } from "./story-drafts.js";
import { hooksFrom, takeQuotes, unknownPrinciple } from "./principles.js";
import type { Section } from "./types.js";
import { append } from "../arrays.js";

/** What every reading step needs: the file, its lines, the matcher and where results go. */
export interface Reader {
  file: string;
  lines: NoteLine[];
  matcher: PrincipleMatcher;
  into: Collected;
  /** Tags that every story of the file carries (a one-story file's `principles:`). */
  extraTags: StoryBase["tags"];
  /** Title of a story that nothing else names (a one-story file's `title:`). */
  fallbackTitle: string;
  /** The file is one story (front matter `principles:` or `type: story`). */
  storyFile: boolean;
  /** `askShape`, remembered per text (headings and items are weighed by several rules). */
  ask: (text: string) => Ask;
}

/** Deeper than this, a tree is read as plain lines (bounded work for pathological nesting). */
const MAX_DEPTH = 40;

/** Reads `file` into `into`. */
export function readFile(file: SourceFile, matcher: PrincipleMatcher, into: Collected): void {
  const lines = classifyLines(file.body, file.bodyLine);
  const storyFile = (file.frontMatter.principles?.length ?? 0) > 0 || file.frontMatter.extra.type === "story";
  const reader: Reader = {
    file: file.path,
    lines,
    matcher,
    into,
    extraTags: storyFile ? (file.frontMatter.principles ?? []).map((text) => ({ text, line: 1 })) : [],
    fallbackTitle: storyFile ? (file.frontMatter.title ?? "") : "",
    storyFile,
    ask: remembered(askShape),
  };
  const root = buildTree(lines);
  const scope: Scope = { holds: "other", principle: null, inside: false, title: "", depth: 0 };
  readLoose(gather(root, scope, reader), null, scope, reader, reader.fallbackTitle);
}

/** Reads every entry below `node` and returns the lines no entry took, in order. */
export function gather(node: Node, scope: Scope, reader: Reader): NoteLine[] {
  const { lines } = reader;
  if (scope.depth > MAX_DEPTH) return lines.slice(node.index + 1, node.end);
  const loose: NoteLine[] = [];
  const context = { matcher: reader.matcher, ask: reader.ask, lines, mostlyAsk: mostlyAsk(node.children, reader.matcher, reader.ask) };
  let position = node.index + 1;
  for (const child of node.children) {
    for (let i = position; i < child.index; i++) loose.push(lines[i] as NoteLine);
    position = child.end;
    const role = roleOf(child, scope, context);
    if (scope.holds === "principles" && role !== "principle") warnUnknown(child, reader);
    for (const line of read(child, role, scope, reader)) loose.push(line);
  }
  for (let i = position; i < node.end; i++) loose.push(lines[i] as NoteLine);
  return loose;
}

/** Reads one node by its role; returns the lines that stay with the node around it. */
function read(node: Node, role: Role, scope: Scope, reader: Reader): NoteLine[] {
  const head = node.head as NoteLine;
  const deeper = { ...scope, depth: scope.depth + 1 };
  switch (role) {
    case "principle":
      readPrinciple(node, deeper, reader);
      return [];
    case "question":
      readQuestion(node, deeper, reader);
      return [];
    case "story":
      return readStory(node, deeper, reader);
    case "section":
      return readSection(node, deeper, reader);
    case "keep":
      return [head, ...gather(node, node.type === "heading" ? { ...deeper, title: head.text } : deeper, reader)];
  }
}

/** A section holds what its words say; inside a principle it is part of that principle. */
function readSection(node: Node, scope: Scope, reader: Reader): NoteLine[] {
  const head = node.head as NoteLine;
  const words = node.type === "label" ? (head.label?.words ?? "") : head.text;
  const kind = sectionWords(words);
  const inner: Scope = { ...scope, holds: kind, title: words };
  const sectionKind: Section["kind"] = kind === "notes" ? "other" : kind === "other" ? listKind(node, reader) : kind;
  if (scope.inside) {
    // Inside a principle, a sub-section's text stays the principle's; one that only held questions is just their heading.
    const loose = gather(node, inner, reader);
    if (loose.some((l) => l.kind !== "blank")) return [head, ...loose];
    reader.into.document.sections.push({ title: sectionTitle(words), kind: sectionKind, text: "", source: { file: reader.file, line: head.line } });
    return [];
  }
  const section: Section = { title: sectionTitle(words), kind: sectionKind, text: "", source: { file: reader.file, line: head.line } };
  reader.into.document.sections.push(section);
  readLoose(gather(node, inner, reader), section, inner, reader, plainText(words));
  return [];
}

/** Reads the lines no entry took: stories among them, table hooks, then the text of the section (or the document's notes). */
function readLoose(lines: NoteLine[], section: Section | null, scope: Scope, reader: Reader, fallbackTitle: string): void {
  const entry: Entry = { kind: "note", head: null, title: "", body: takeQuotes(lines, scope, reader), scopeTitle: scope.title, explicit: section === null && reader.storyFile };
  const loose = readEntry(entry, reader.file, fallbackTitle);
  const tags = [...loose.tags, ...reader.extraTags];
  append(reader.into.stories, loose.stories.map((s) => ({ ...s, tags: [...s.tags, ...tags], principleIds: [] })));
  hooksFrom(loose.rest, reader);
  if (section) section.text = toMarkdown(loose.rest);
  else append(reader.into.document.notes, notesOf(loose.rest, reader.file));
}

/** A heading or item among principles that looks like a misspelt principle name is worth a warning; other words are not. */
function warnUnknown(node: Node, reader: Reader): void {
  if (!node.head || node.type === "fence" || node.type === "label") return;
  const warning = unknownPrinciple(node.head.text, reader.file, node.head.line, reader.matcher);
  if (warning) reader.into.diagnostics.push(warning);
}

/** A section whose heading says nothing may still be a list of principles or of questions, by its items. */
function listKind(node: Node, reader: Reader): Section["kind"] {
  const items = node.children.filter((c) => c.type === "item" && c.head);
  if (items.length < 2 || node.children.length !== items.length) return "other";
  if (reader.lines.slice(node.index + 1, node.end).some((l) => l.kind === "star")) return "other";
  const principles = items.filter((c) => reader.matcher.match(c.head?.text ?? "")).length;
  const questions = items.filter((c) => /[?？]\s*$/.test(c.head?.text ?? "")).length;
  return principles >= 2 && principles * 2 >= items.length ? "principles" : questions * 2 > items.length ? "questions" : "other";
}

/** Returns `compute` remembering its result for each text. */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (!known.has(text)) known.set(text, compute(text));
    return known.get(text) as T;
  };
}

/** Returns a section's title as shown: plain words, without the colon of a label (`**Sample questions:**`). */
function sectionTitle(words: string): string {
  return plainText(words).replace(/\s*[:：]\s*$/, "");
}
