/** The principles a build is about (`--principle a,b`): found by id, name or alias, for any product. */
import { UsageError } from "../io.js";
import type { Model, Principle } from "../model/types.js";
import { nearestName } from "../suggest.js";

/** Returns the principles named in `wanted` by id, name or alias (any case), in catalogue order; throws UsageError for an unknown one. */
export function findPrinciples(model: Model, wanted: readonly string[]): Principle[] {
  const found = new Set<string>();
  for (const name of wanted) {
    const key = name.trim().toLowerCase();
    const principle = model.principles.find((p) => p.id === key || p.name.toLowerCase() === key || p.aliases.some((a) => a.toLowerCase() === key));
    if (principle) {
      found.add(principle.id);
      continue;
    }
    const near = nearestName(name, model.principles.flatMap((p) => [p.id, p.name]));
    throw new UsageError(`Unknown principle \`${name}\`${near ? `, did you mean \`${near}\`?` : ""} (known: ${model.principles.map((p) => p.id).join(", ")})`);
  }
  return model.principles.filter((p) => found.has(p.id));
}

/** Returns whether a question is about one of `about` (linked from either side); every question when `about` is empty. */
export function questionIsAbout(question: { id: string; principles: readonly string[] }, about: readonly Principle[]): boolean {
  return about.length === 0 || about.some((p) => question.principles.includes(p.id) || p.questions.includes(question.id));
}

/** Returns whether a story is about one of `about` (tagged from either side); every story when `about` is empty. */
export function storyIsAbout(story: { id: string; principles: readonly string[] }, about: readonly Principle[]): boolean {
  return about.length === 0 || about.some((p) => story.principles.includes(p.id) || p.stories.includes(story.id));
}
