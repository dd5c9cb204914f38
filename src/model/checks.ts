/** Content checks on a built model: missing STAR parts, principles without a story, empty questions. */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { Model } from "./types.js";

/** Returns the model's content diagnostics (warnings and infos). */
export function checkModel(model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  const firstFile = model.document.files[0] ?? "";
  for (const story of model.stories) {
    if (story.missing.length === 0) continue;
    const parts = story.missing.map((p) => `\`${p}\``).join(", ");
    out.push(diagnostic("warning", story.source, `Missing ${parts} in STAR story \`${story.title}\``, "star-missing-part"));
  }
  // A principle written about gets its note where it is written; the others share one note on the whole file.
  const unwritten: string[] = [];
  for (const principle of model.principles) {
    if (principle.stories.length > 0) continue;
    if (principle.source) out.push(diagnostic("info", principle.source, `Principle \`${principle.name}\` has no story yet`, "principle-no-story"));
    else unwritten.push(principle.name);
  }
  if (unwritten.length > 0) {
    const names = unwritten.map((n) => `\`${n}\``).join(", ");
    out.push(diagnostic("info", { file: firstFile }, `${unwritten.length === 1 ? "Principle" : `${unwritten.length} principles`} not in the notes, so with no story yet: ${names}`, "principle-no-story"));
  }
  for (const question of model.questions) {
    if (question.text === "") out.push(diagnostic("info", question.source, `Question ${question.number} is empty`, "empty-question"));
    else if (question.answer === "" && question.stories.length === 0) out.push(diagnostic("info", question.source, `Question \`${question.text}\` has no answer yet`, "unanswered-question"));
  }
  return out;
}
