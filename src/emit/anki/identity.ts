/** What the Anki emitter receives: one card per question, principle and story, with its identity and tags. */
import type { Principle, Question, SourceRef, Story } from "../../model/types.js";

export type AnkiKind = "question" | "principle" | "story";

/** One Anki note (Basic: Front and Back) before it has an id. */
export interface AnkiCard {
  kind: AnkiKind;
  /** What identifies the card to a reader: the question text, the principle id or the story title. */
  key: string;
  /** The answer or story text: a second signal when `key` was edited ("" for principles). */
  context: string;
  /** Front field, HTML. */
  front: string;
  /** Back field, HTML. */
  back: string;
  /** Anki tags, e.g. `prep-print::question`, `prep-print::lp::ownership`. */
  tags: string[];
  /** Where the card comes from, for messages; null for a principle the notes never mention. */
  source: SourceRef | null;
}

/** A card without its fields: everything the ids and tags depend on. */
export type AnkiCardBase = Omit<AnkiCard, "front" | "back">;

/** The namespace of every tag prep-print writes, so the user's own tags are never touched. */
export const TAG_ROOT = "prep-print";

/** Returns the tags of a card: its kind and each of its principles, namespaced. */
export function ankiTags(kind: AnkiKind, principleIds: readonly string[]): string[] {
  return [`${TAG_ROOT}::${kind}`, ...principleIds.map((id) => `${TAG_ROOT}::lp::${id}`)];
}

/** Returns the identity of a question's card: its text, its answer as the second signal. */
export function questionIdentity(question: Question): AnkiCardBase {
  return {
    kind: "question",
    key: question.text,
    context: question.answer,
    tags: ankiTags("question", question.principles),
    source: question.source,
  };
}

/** Returns the identity of a story's card: its title, its STAR text as the second signal. */
export function storyIdentity(story: Story): AnkiCardBase {
  return {
    kind: "story",
    key: story.title,
    context: [story.situation, story.task, story.action, story.result].join("\n"),
    tags: ankiTags("story", story.principles),
    source: story.source,
  };
}

/** Returns the identity of a principle's card: its catalogue id, which never changes. */
export function principleIdentity(principle: Principle): AnkiCardBase {
  return {
    kind: "principle",
    key: principle.id,
    context: "",
    tags: ankiTags("principle", [principle.id]),
    source: principle.source,
  };
}
