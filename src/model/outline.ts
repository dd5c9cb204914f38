/**
 * Groups classified lines into sections and entries. A heading or a bold-only paragraph
 * opens a section; its words say what it holds. Inside a section, each top-level list
 * item or sub-heading opens an entry, and every line up to the next one — prose at
 * column 0 included — belongs to it.
 */
import type { NoteLine } from "../notes/lines.js";
import type { PrincipleMatcher } from "./match.js";

export type SectionKind = "questions" | "principles" | "stories" | "other";
export type EntryKind = "question" | "principle" | "story" | "note";

export interface Entry {
  kind: EntryKind;
  /** The entry's own line (item or heading); null for a file that is one story. */
  head: NoteLine | null;
  title: string;
  body: NoteLine[];
  /** Opened by a heading (its level), or by an item (0). */
  level: number;
  /** For a story under a principle's heading: that heading's words. */
  principle?: string;
}

export interface Section {
  kind: SectionKind;
  head: NoteLine | null;
  title: string;
  /** Lines before the first entry. */
  intro: NoteLine[];
  entries: Entry[];
  level: number;
}

const SECTION_WORDS: [SectionKind, RegExp][] = [
  ["questions", /(예상\s*질문|질문|문항|questions?|q\s*&\s*a|faq|interview prompts?)/i],
  ["principles", /(^lps?$|^lp\b|리더십|원칙|leadership|principles?|values?|핵심\s*가치)/i],
  ["stories", /(스토리|사례|경험\s*정리|stories|story bank|star stories|examples|episodes?|에피소드)/i],
];
const STORY_HEAD = /^(?:story|스토리|사례|에피소드|episode)\s*\d*\s*[:：.\-–—]\s*(.+)$/i;
const BOLD_LEVEL = 7;

/** Returns the sections of one file's lines. */
export function outline(lines: readonly NoteLine[], matcher: PrincipleMatcher): Section[] {
  const root: Section = { kind: "other", head: null, title: "", intro: [], entries: [], level: 0 };
  const sections: Section[] = [root];
  let section = root;
  let entry: Entry | null = null;
  let topIndent: number | null = null;
  // The principle heading the following deeper headings sit under, if any.
  let principleHeading: Entry | null = null;
  const open = (s: Section): void => {
    sections.push(s);
    section = s;
    entry = null;
    topIndent = null;
  };
  const add = (e: Entry): void => {
    section.entries.push(e);
    entry = e;
  };
  for (const line of lines) {
    const current = entry as Entry | null;
    if (line.kind === "heading" || line.kind === "bold") {
      const level = line.kind === "heading" ? (line.level ?? 1) : BOLD_LEVEL;
      if (principleHeading && level <= principleHeading.level) principleHeading = null;
      const insideHeadingEntry = current !== null && current.level > 0 && level > current.level;
      const story = STORY_HEAD.exec(line.text);
      const kind = sectionKind(line.text);
      if (story) add({ kind: "story", head: line, title: (story[1] ?? "").trim(), body: [], level, principle: principleHeading?.title });
      else if ((!insideHeadingEntry || current.kind === "principle") && matcher.match(line.text)) {
        add({ kind: "principle", head: line, title: line.text, body: [], level });
        principleHeading = level < BOLD_LEVEL ? (entry as Entry | null) : null;
      }
      else if (kind !== "other" && !insideHeadingEntry) open({ kind, head: line, title: line.text, intro: [], entries: [], level });
      else if (insideHeadingEntry) current.body.push(line);
      else if (section.kind !== "other" && level > section.level && level !== BOLD_LEVEL) add({ kind: entryKind(section.kind), head: line, title: line.text, body: [], level });
      else open({ kind: "other", head: line, title: line.text, intro: [], entries: [], level });
      continue;
    }
    const topItem = section.kind !== "other" && line.kind === "item" && line.indent < 4 && (current === null || current.level === 0) && (topIndent === null || line.indent <= topIndent);
    if (topItem) {
      topIndent ??= line.indent;
      add({ kind: entryKind(section.kind), head: line, title: line.text, body: [], level: 0 });
      continue;
    }
    if (current) current.body.push(line);
    else section.intro.push(line);
  }
  return sections.filter((s) => s.head !== null || s.intro.length > 0 || s.entries.length > 0).map((s) => reclassify(s, matcher));
}

/** Returns what a heading's words say the section holds. */
export function sectionKind(text: string): SectionKind {
  const words = text.replace(/[*_`#:：]/g, "").trim();
  for (const [kind, pattern] of SECTION_WORDS) if (pattern.test(words)) return kind;
  return "other";
}

function entryKind(kind: SectionKind): EntryKind {
  return kind === "questions" ? "question" : kind === "principles" ? "principle" : kind === "stories" ? "story" : "note";
}

/** A section whose heading said nothing may still be a list of principles or of questions. */
function reclassify(section: Section, matcher: PrincipleMatcher): Section {
  if (section.kind !== "other" || section.entries.length > 0) return section;
  const items = section.intro.filter((l) => l.kind === "item" && l.indent < 4);
  const top = Math.min(...items.map((l) => l.indent));
  const heads = items.filter((l) => l.indent === top);
  if (heads.length < 2 || section.intro.some((l) => l.kind === "star")) return section;
  const principles = heads.filter((l) => matcher.match(l.text)).length;
  const questions = heads.filter((l) => /[?？]\s*$/.test(l.text)).length;
  const kind: SectionKind = principles >= 2 && principles * 2 >= heads.length ? "principles" : questions * 2 > heads.length ? "questions" : "other";
  if (kind === "other") return section;
  const split: Section = { ...section, kind, intro: [], entries: [] };
  for (const line of section.intro) {
    const current = split.entries[split.entries.length - 1];
    if (line.kind === "item" && line.indent === top) split.entries.push({ kind: entryKind(kind), head: line, title: line.text, body: [], level: 0 });
    else if (current) current.body.push(line);
    else split.intro.push(line);
  }
  return split;
}
