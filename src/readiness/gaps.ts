/** The readiness of each principle: its stories and answered questions, and whether it is a gap. */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Model, Principle, Question } from "../model/types.js";
import type { ReadinessPrinciple } from "./page-data.js";
import { storyTarget, type ReadinessSettings } from "./settings.js";

/** Returns true when a question has something to say: an answer or a story. */
export function isAnswered(question: Question): boolean {
  return question.answer.trim() !== "" || question.stories.length > 0;
}

/** Returns a principle's line on the readiness page and, when it is a gap, its diagnostic. */
export function assessPrinciple(principle: Principle, model: Model, settings: ReadinessSettings): { principle: ReadinessPrinciple; diagnostics: Diagnostic[] } {
  const storyIds = [...new Set(principle.stories)];
  const titles = storyIds.map((id) => model.stories.find((s) => s.id === id)?.title ?? id);
  // A question answered with one of the principle's stories prepares the principle too.
  const questions = model.questions.filter(
    (q) => principle.questions.includes(q.id) || q.principles.includes(principle.id) || q.stories.some((id) => storyIds.includes(id)),
  );
  const target = storyTarget(principle.id, settings);
  const gap = settings.rules["readiness-principle-gap"] && storyIds.length < target;
  const line: ReadinessPrinciple = {
    id: principle.id,
    name: principle.name,
    number: principle.number,
    stories: storyIds.length,
    storyTitles: titles,
    questions: questions.length,
    answeredQuestions: questions.filter(isAnswered).length,
    target,
    missing: Math.max(0, target - storyIds.length),
    gap,
  };
  if (!gap) return { principle: line, diagnostics: [] };
  // A principle the notes never mention has no line of its own: the whole first file.
  const place = principle.source ?? { file: model.document.files[0] ?? "", line: 0 };
  const has = storyIds.length === 0 ? "no story" : storyIds.length === 1 ? "1 story" : `${storyIds.length} stories`;
  const message = `Principle \`${principle.name}\` has ${has}, ${target} wanted`;
  return { principle: line, diagnostics: [diagnostic("warning", place, message, "readiness-principle-gap")] };
}
