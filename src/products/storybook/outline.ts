/** The book's bookmarks: contents, each principle → its stories, other stories, principle notes, questions, other notes, coverage. */
import type { Model } from "../../model/types.js";
import type { OutlineEntry } from "../types.js";
import { principleAnchor, questionAnchor, storiesOf, storyAnchor } from "./book-data.js";
import type { Labels } from "./options.js";

/** Returns the outline; a group of stories goes to its first story. */
export function bookOutline(model: Model, labels: Labels): OutlineEntry[] {
  const index = new Map(model.stories.map((s, i) => [s.id, i]));
  const entry = (title: string, anchor: string, children: OutlineEntry[] = []): OutlineEntry => ({ title, anchor, children });
  const outline: OutlineEntry[] = [entry(labels.contents, "contents"), entry(labels.readiness, "readiness")];
  const group = (title: string, ids: string[]): void => {
    const children = ids.flatMap((id) => {
      const i = index.get(id);
      const story = i === undefined ? undefined : model.stories[i];
      return story && i !== undefined ? [entry(story.title, storyAnchor(i))] : [];
    });
    if (children[0]) outline.push(entry(title, children[0].anchor, children));
  };
  const tagged = new Set<string>();
  for (const principle of model.principles) {
    const ids = storiesOf(principle, model);
    ids.forEach((id) => tagged.add(id));
    group(principle.name, ids);
  }
  group(labels.otherStories, model.stories.filter((s) => !tagged.has(s.id)).map((s) => s.id));
  outline.push(entry(labels.principleNotes, "principles", model.principles.map((p) => entry(p.name, principleAnchor(p)))));
  outline.push(entry(labels.questions, "questions", model.questions.map((q, i) => entry(`Q${q.number}. ${q.text}`, questionAnchor(i)))));
  outline.push(entry(labels.otherNotes, "notes"));
  outline.push(entry(labels.coverage, "coverage"));
  return outline;
}
