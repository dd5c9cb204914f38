/** Builds the model from read note files: each file's tree read by role, then ids and links. */
import type { Diagnostic } from "../diagnostics.js";
import type { SourceFile } from "../notes/read.js";
import type { Catalogue } from "./catalogue.js";
import type { QuestionBase } from "./entries.js";
import { link } from "./link.js";
import { plainText } from "./markdown.js";
import { PrincipleMatcher } from "./match.js";
import { readFile } from "./interpret.js";
import type { StoryBase } from "./story-drafts.js";
import type { DocumentInfo, Model, Note, Principle } from "./types.js";
import { append } from "../arrays.js";

/** Everything read from the files, before ids and links. */
export interface Collected {
  principles: Map<string, Principle>;
  stories: (StoryBase & { principleIds: string[] })[];
  questions: (QuestionBase & { principleIds: string[] })[];
  document: DocumentInfo;
  diagnostics: Diagnostic[];
  /** Sentences quoted about a principle (`**Principle**: "…"`), by principle id. */
  quotes: Map<string, Note[]>;
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
    quotes: new Map(),
  };
  for (const file of files) {
    const first = collected.stories.length;
    readFile(file, matcher, collected);
    // Stories in the order they are written: loose ones are found after the entries around them.
    const read = collected.stories.splice(first).map((story, order) => ({ story, order }));
    read.sort((a, b) => a.story.source.line - b.story.source.line || a.order - b.order);
    for (const r of read) collected.stories.push(r.story);
  }
  for (const [id, quotes] of collected.quotes) {
    const principle = collected.principles.get(id);
    if (!principle) continue;
    // A quoted sentence is the definition when the notes give none, otherwise a note.
    if (!principle.definition && quotes[0]) principle.definition = quotes[0].text;
    append(principle.notes, (principle.definition === quotes[0]?.text ? quotes.slice(1) : quotes));
    principle.source ??= quotes[0]?.source ?? null;
  }
  for (const principle of collected.principles.values()) principle.hook ||= firstSentence(principle.definition);
  return link(collected, matcher);
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
  for (const { body } of files) {
    for (let i = 0; i < body.length; i++) {
      const code = body.charCodeAt(i);
      if (code >= 0xac00 && code <= 0xd7a3) hangul++;
      else if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) latin++;
    }
  }
  return hangul * 6 >= hangul + latin && hangul > 0 ? "ko" : "en";
}

function emptyPrinciple(id: string, name: string, aliases: string[], number: number): Principle {
  return { id, name, aliases: [...aliases], writtenAs: [], number, definition: "", hook: "", notes: [], stories: [], questions: [], source: null };
}

/** Returns the first sentence of `text` (up to `.`, `!`, `?` or `。` followed by a space or the end). */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?。])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

