/** Test helper: the model's cards for the Anki emitter, with plain escaped text as their HTML. */
import { principleIdentity, questionIdentity, storyIdentity, type AnkiCard } from "../../../src/emit/anki/index.js";
import type { Model } from "../../../src/model/types.js";

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Returns a card per question (with text), principle and story, as the flashcards have. */
export function cardsFromModel(model: Model): AnkiCard[] {
  const questions = model.questions
    .filter((q) => q.text.trim() !== "")
    .map((q): AnkiCard => ({ ...questionIdentity(q), front: html(q.text), back: html(q.answer) }));
  const principles = model.principles.map((p): AnkiCard => ({ ...principleIdentity(p), front: html(p.name), back: html(p.definition) }));
  const stories = model.stories.map((s): AnkiCard => {
    // Newlines kept inside the field: the TSV must quote them.
    const back = [s.situation, s.task, s.action, s.result].map(html).join("\n");
    return { ...storyIdentity(s), front: html(s.title), back };
  });
  return [...questions, ...principles, ...stories];
}
