/** Gives stories and questions their ids and links them to principles and to each other. */
import type { Diagnostic } from "../diagnostics.js";
import type { Collected } from "./build.js";
import { slug } from "./catalogue.js";
import type { PrincipleMatcher } from "./match.js";
import type { StoryBase } from "./stories.js";
import { STAR_PARTS, type Model, type Question, type Story } from "./types.js";

type Tag = { text: string; line: number };

/** Returns the finished model: ids assigned, tags resolved, mentions linked both ways. */
export function link(collected: Collected, matcher: PrincipleMatcher): { model: Model; diagnostics: Diagnostic[] } {
  const diagnostics = [...collected.diagnostics];
  const ids = new Set<string>();
  const stories: Story[] = collected.stories.map(({ tags, principleIds, ...base }) => {
    const tagged = resolveTags(tags, base.source.file, matcher, diagnostics, collected);
    const text = [base.title, ...STAR_PARTS.map((p) => base[p]), ...base.notes.map((n) => n.text)].join("\n");
    const principles = ordered(matcher, [...principleIds, ...tagged, ...matcher.mentions(text)]);
    return { id: uniqueId(slug(base.title) || "story", ids), ...base, principles, questions: [] };
  });
  const storyOf = new Map<StoryBase, Story | undefined>(collected.stories.map((s, i) => [s, stories[i]]));
  const questions: Question[] = collected.questions.map((q, index) => {
    const own = q.stories.map((s) => storyOf.get(s)?.id).filter((id): id is string => id !== undefined);
    const text = `${q.text}\n${q.answer}`;
    const named = stories.filter((s) => s.title.length >= 4 && normalize(text).includes(normalize(s.title))).map((s) => s.id);
    const tagged = resolveTags(q.tags, q.source.file, matcher, diagnostics, collected);
    return {
      id: `q${index + 1}`,
      number: q.number,
      text: q.text,
      answer: q.answer,
      points: q.points,
      principles: ordered(matcher, [...tagged, ...matcher.mentions(text)]),
      stories: [...new Set([...own, ...named])],
      source: q.source,
    };
  });
  for (const question of questions) {
    for (const id of question.stories) stories.find((s) => s.id === id)?.questions.push(question.id);
  }
  const principles = [...collected.principles.values()].map((p) => ({
    ...p,
    stories: stories.filter((s) => s.principles.includes(p.id)).map((s) => s.id),
    questions: questions.filter((q) => q.principles.includes(p.id)).map((q) => q.id),
  }));
  return { model: { document: collected.document, principles, questions, stories }, diagnostics };
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

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ");
}
