/** Builds the model from read note files: sections → entries → principles, stories, questions. */
import type { Diagnostic } from "../diagnostics.js";
import { classifyLines, type NoteLine } from "../notes/lines.js";
import type { SourceFile } from "../notes/read.js";
import type { Catalogue } from "./catalogue.js";
import { principleText, questionOf, readEntry, type QuestionBase } from "./entries.js";
import { link } from "./link.js";
import { plainText, toMarkdown } from "./markdown.js";
import { PrincipleMatcher } from "./match.js";
import { outline, type Section } from "./outline.js";
import { notesOf, type StoryBase } from "./stories.js";
import { tableHooks } from "./tables.js";
import type { DocumentInfo, Model, Principle } from "./types.js";

/** Everything read from the files, before ids and links. */
export interface Collected {
  principles: Map<string, Principle>;
  stories: (StoryBase & { principleIds: string[] })[];
  questions: QuestionBase[];
  document: DocumentInfo;
  diagnostics: Diagnostic[];
}

/** Returns the model of `files` against `catalogue`, with the problems found on the way. */
export function buildModel(files: readonly SourceFile[], catalogue: Catalogue): { model: Model; diagnostics: Diagnostic[] } {
  const matcher = new PrincipleMatcher(catalogue);
  const collected: Collected = {
    principles: new Map(catalogue.principles.map((p, i) => [p.id, emptyPrinciple(p.id, p.name, p.aliases, i + 1)])),
    stories: [],
    questions: [],
    document: documentOf(files, catalogue.id),
    diagnostics: [],
  };
  for (const file of files) readFile(file, matcher, collected);
  for (const principle of collected.principles.values()) principle.hook ||= firstSentence(principle.definition);
  return link(collected, matcher);
}

function readFile(file: SourceFile, matcher: PrincipleMatcher, into: Collected): void {
  const lines = classifyLines(file.body, file.bodyLine);
  const storyFile = (file.frontMatter.principles?.length ?? 0) > 0 || file.frontMatter.extra.type === "story";
  for (const section of outline(lines, matcher)) {
    const fallback = storyFile && section.head === null ? (file.frontMatter.title ?? "") : plainText(section.title);
    const extraTags = storyFile ? (file.frontMatter.principles ?? []).map((text) => ({ text, line: 1 })) : [];
    readSection(section, file.path, fallback, extraTags, matcher, into);
  }
}

function readSection(section: Section, file: string, fallbackTitle: string, extraTags: StoryBase["tags"], matcher: PrincipleMatcher, into: Collected): void {
  const leftover: NoteLine[] = [...section.intro];
  for (const entry of section.entries) {
    const found = readEntry(entry, file);
    hooksFrom(found.rest, file, matcher, into);
    const under = entry.principle ? matcher.match(entry.principle)?.id : undefined;
    const stories = found.stories.map((s) => ({ ...s, tags: [...s.tags, ...found.tags, ...extraTags], principleIds: under ? [under] : [] }));
    if (entry.kind === "question") {
      into.questions.push(questionOf(entry, { ...found, stories }, file, into.questions.length + 1));
    } else if (entry.kind === "principle") {
      const match = matcher.match(entry.title);
      const principle = match ? into.principles.get(match.id) : undefined;
      if (principle && entry.head) {
        readPrinciple(principle, entry.title, match?.remainder ?? "", found.rest, file, entry.head.line);
        for (const story of stories) story.principleIds.push(principle.id);
      } else {
        leftover.push(...(entry.head ? [entry.head] : []), ...found.rest);
        if (plainText(entry.title).split(/\s+/).length <= 6) into.diagnostics.push(unknownPrinciple(entry.title, file, entry.head?.line ?? 0, matcher));
      }
    } else if (entry.kind === "note") {
      leftover.push(...(entry.head ? [entry.head] : []), ...found.rest);
    }
    into.stories.push(...stories);
  }
  const loose = readEntry({ kind: "note", head: null, title: "", body: leftover, level: 0 }, file, fallbackTitle);
  into.stories.push(...loose.stories.map((s) => ({ ...s, tags: [...s.tags, ...loose.tags, ...extraTags], principleIds: [] })));
  hooksFrom(loose.rest, file, matcher, into);
  keepSectionText(section, loose.rest, file, into.document);
}

function readPrinciple(principle: Principle, writtenAs: string, remainder: string, rest: NoteLine[], file: string, line: number): void {
  const text = principleText(rest, file);
  if (plainText(writtenAs) !== principle.name) principle.writtenAs = unique([...principle.writtenAs, plainText(writtenAs)]);
  if (remainder && !principle.hook) principle.hook = plainText(remainder);
  if (!principle.definition) principle.definition = text.definition;
  else if (text.definition) principle.notes.push({ text: text.definition, source: { file, line } });
  principle.notes.push(...text.notes);
  principle.source ??= { file, line };
}

function hooksFrom(lines: readonly NoteLine[], file: string, matcher: PrincipleMatcher, into: Collected): void {
  for (const hook of tableHooks(lines, matcher)) {
    const principle = into.principles.get(hook.id);
    if (!principle) continue;
    principle.hook = hook.hook;
    principle.notes.push({ text: hook.hook, source: { file, line: hook.line } });
    if (plainText(hook.writtenAs) !== principle.name) principle.writtenAs = unique([...principle.writtenAs, plainText(hook.writtenAs)]);
    principle.source ??= { file, line: hook.line };
  }
}

function keepSectionText(section: Section, rest: NoteLine[], file: string, document: DocumentInfo): void {
  const text = toMarkdown(rest);
  if (section.head === null) {
    document.notes.push(...notesOf(rest, file));
  } else {
    document.sections.push({ title: plainText(section.title), kind: section.kind, text, source: { file, line: section.head.line } });
  }
}

function documentOf(files: readonly SourceFile[], catalogue: string): DocumentInfo {
  const pick = (key: "title" | "author" | "role" | "company" | "date" | "language" | "catalogue"): string =>
    files.map((f) => f.frontMatter[key]).find((v): v is string => typeof v === "string" && v !== "") ?? "";
  const firstHeading = files.map((f) => /^#\s+(.+)$/m.exec(f.body)?.[1]).find((t) => t !== undefined) ?? "";
  const language = pick("language").toLowerCase().startsWith("ko") ? "ko" : pick("language") ? "en" : detectLanguage(files);
  const title = files.filter((f) => !(f.frontMatter.principles?.length)).map((f) => f.frontMatter.title).find((t) => t) ?? "";
  return {
    title: title || plainText(firstHeading) || "Interview notes",
    author: pick("author"),
    role: pick("role"),
    company: pick("company"),
    date: pick("date"),
    language,
    catalogue: pick("catalogue") || catalogue,
    files: files.map((f) => f.path),
    sections: [],
    notes: [],
    meta: Object.assign({}, ...files.map((f) => f.frontMatter.extra)) as Record<string, string>,
  };
}

/** Korean when Hangul is at least a sixth of the letters (notes mix in much English). */
function detectLanguage(files: readonly SourceFile[]): "ko" | "en" {
  let hangul = 0;
  let latin = 0;
  for (const file of files) {
    hangul += file.body.match(/[\uac00-\ud7a3]/g)?.length ?? 0;
    latin += file.body.match(/[A-Za-z]/g)?.length ?? 0;
  }
  return hangul * 6 >= hangul + latin && hangul > 0 ? "ko" : "en";
}

function emptyPrinciple(id: string, name: string, aliases: string[], number: number): Principle {
  return { id, name, aliases: [...aliases], writtenAs: [], number, definition: "", hook: "", notes: [], stories: [], questions: [], source: null };
}

function unknownPrinciple(title: string, file: string, line: number, matcher: PrincipleMatcher): Diagnostic {
  const near = matcher.suggest(title);
  const hint = near ? `, did you mean \`${near.name}\`?` : "";
  return { file, line, column: 1, severity: "warning", message: `Unknown principle \`${plainText(title)}\`${hint}`, ruleId: "unknown-principle" };
}

/** Returns the first sentence of `text` (up to `.`, `!`, `?` or `。` followed by a space or the end). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?。])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
