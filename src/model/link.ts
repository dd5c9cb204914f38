/**
 * Gives stories and questions their ids and links them to principles and to each other:
 * by scope (where they were written), by tags, and by mention — a principle's name in
 * their text, a story's title in a question or in a principle's notes, a question's item
 * that names part of one story's title. Every text is read once (linear in the notes).
 */
import type { Diagnostic } from "../diagnostics.js";
import type { Collected } from "./assemble.js";
import { slug } from "./catalogue.js";
import type { PrincipleMatcher } from "./match.js";
import { cleanTitle, type StoryBase } from "./story-drafts.js";
import { TitleIndex } from "./titles.js";
import { STAR_PARTS, type Model, type Principle, type Question, type Story } from "./types.js";

type Tag = { text: string; line: number };

/** Returns the finished model: ids assigned, tags resolved, mentions linked both ways. */
export function link(collected: Collected, matcher: PrincipleMatcher): { model: Model; diagnostics: Diagnostic[] } {
  const diagnostics = [...collected.diagnostics];
  const ids = { taken: new Set<string>(), tried: new Map<string, number>() };
  const stories: Story[] = collected.stories.map(({ tags, principleIds, ...base }) => {
    const tagged = resolveTags(tags, base.source.file, matcher, diagnostics, collected);
    const text = [base.title, ...STAR_PARTS.map((p) => base[p]), base.lesson ?? "", base.fit ?? "", ...base.notes.map((n) => n.text)].join("\n");
    const principles = ordered(matcher, [...principleIds, ...tagged, ...matcher.mentions(text)]);
    return { id: uniqueId(slug(base.title) || "story", ids), ...base, principles, questions: [] };
  });
  const storyOf = new Map<StoryBase, Story | undefined>(collected.stories.map((s, i) => [s, stories[i]]));
  const titles = new TitleIndex(stories.map((s) => s.title));
  const at = (index: number): string | undefined => stories[index]?.id;
  // Numbers the writer gave are kept when they tell the questions apart; lists numbered anew in each section are counted through instead.
  const numbers = collected.questions.map((q) => q.number);
  const unique = new Set(numbers).size === numbers.length;
  const questions: Question[] = collected.questions.map((q, index) => {
    const own = q.stories.map((s) => storyOf.get(s)?.id);
    const named = titles.find(`${q.text}\n${q.answer}`).map(at);
    // An item under the question that is part of one story's title (`마이데이터` → `마이데이터 프로젝트`) names it.
    const parts = q.points.map((point) => titles.partOf(cleanTitle(point))).filter((i) => i >= 0).map(at);
    const tagged = resolveTags(q.tags, q.source.file, matcher, diagnostics, collected);
    return {
      id: `q${index + 1}`,
      number: unique ? q.number : index + 1,
      text: q.text,
      translation: q.translation,
      answer: q.answer,
      points: q.points,
      principles: ordered(matcher, [...q.principleIds, ...tagged, ...matcher.mentions(`${q.text}\n${q.translation}\n${q.answer}`)]),
      stories: [...new Set([...own, ...named, ...parts])].filter((id): id is string => id !== undefined),
      source: q.source,
    };
  });
  const byId = new Map(stories.map((s) => [s.id, s]));
  for (const question of questions) for (const id of question.stories) byId.get(id)?.questions.push(question.id);
  linkNamedStories([...collected.principles.values()], stories, titles, matcher);
  const principles = [...collected.principles.values()].map((p) => ({
    ...p,
    stories: stories.filter((s) => s.principles.includes(p.id)).map((s) => s.id),
    questions: questions.filter((q) => q.principles.includes(p.id)).map((q) => q.id),
  }));
  return { model: { document: collected.document, principles, questions, stories }, diagnostics };
}

/** A story named in a principle's notes (`1) 배포 실패 알림 서비스` under Customer Obsession) shows that principle. */
function linkNamedStories(principles: readonly Principle[], stories: Story[], titles: TitleIndex, matcher: PrincipleMatcher): void {
  for (const principle of principles) {
    if (principle.notes.length === 0) continue;
    for (const index of titles.find(principle.notes.map((n) => n.text).join("\n"))) {
      const story = stories[index];
      if (story && !story.principles.includes(principle.id)) story.principles = ordered(matcher, [...story.principles, principle.id]);
    }
  }
}

function resolveTags(tags: readonly Tag[], file: string, matcher: PrincipleMatcher, diagnostics: Diagnostic[], collected: Collected): string[] {
  const ids: string[] = [];
  for (const tag of tags) {
    for (const name of tagNames(tag.text, matcher)) {
      const match = matcher.match(name);
      if (match) {
        ids.push(match.id);
        const principle = collected.principles.get(match.id);
        if (principle && name !== principle.name && !principle.writtenAs.includes(name)) principle.writtenAs.push(name);
        continue;
      }
      const near = matcher.suggest(name);
      const hint = near ? `, did you mean \`${near.name}\`?` : "";
      diagnostics.push({ file, line: tag.line, column: 1, severity: "warning", message: `Unknown principle \`${name}\`${hint}`, ruleId: "unknown-principle" });
      collected.document.notes.push({ text: name, source: { file, line: tag.line } });
    }
  }
  return ids;
}

/**
 * Returns the principle names in a tag line: split at commas and slashes, and at semicolons
 * only where the whole does not name a principle (`Have Backbone; Disagree and Commit` does).
 */
function tagNames(text: string, matcher: PrincipleMatcher): string[] {
  const names = text.split(/\s*[,，、/]\s*|\s+#/).map((n) => n.replace(/^#/, "").trim());
  return names.flatMap((name) => (name.includes(";") && !matcher.match(name) ? name.split(/\s*;\s*/) : [name])).filter((n) => n !== "");
}

function ordered(matcher: PrincipleMatcher, ids: string[]): string[] {
  const wanted = new Set(ids);
  return matcher.catalogue.principles.map((p) => p.id).filter((id) => wanted.has(id));
}

/** Returns `base`, or `base-2`, `base-3`, … the first not yet taken (remembering where each base got to). */
function uniqueId(base: string, ids: { taken: Set<string>; tried: Map<string, number> }): string {
  let n = ids.tried.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (ids.taken.has(id)) id = `${base}-${++n}`;
  ids.tried.set(base, n);
  ids.taken.add(id);
  return id;
}
