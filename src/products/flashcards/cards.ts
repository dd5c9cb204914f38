/** The model → the list of cards to print (one per question, principle and story); pure. */
import type { CardKind } from "../../config.js";
import type { Model, Principle, Question, SourceRef, Story } from "../../model/types.js";
import { findPrinciples, questionIsAbout, storyIsAbout } from "../about.js";

/** One card before layout; exactly one of `question`, `principle`, `story` is set. */
export interface CardSpec {
  kind: "question" | "principle" | "story";
  id: string;
  /** Short name for messages. */
  title: string;
  source: SourceRef | null;
  question: Question | null;
  principle: Principle | null;
  story: Story | null;
}

/** The cards of a deck and how many empty questions got none. */
export interface Deck {
  cards: CardSpec[];
  emptyQuestions: number;
  /** Principles the notes say nothing about: no card. */
  emptyPrinciples: number;
}

const NONE = { question: null, principle: null, story: null } as const;

function questionCards(model: Model, about: readonly Principle[]): CardSpec[] {
  return model.questions
    .filter((q) => q.text.trim() !== "" && questionIsAbout(q, about))
    .map((q) => ({ ...NONE, kind: "question", id: q.id, title: `Q${q.number} ${q.text}`, source: q.source, question: q }));
}

/** Returns true when the notes say something about a principle: a card of it has a back worth drilling. */
export function hasNotes(principle: Principle): boolean {
  return principle.definition !== "" || principle.hook !== "" || principle.notes.length > 0 || principle.stories.length > 0 || principle.questions.length > 0;
}

function principleCards(model: Model, about: readonly Principle[]): CardSpec[] {
  return model.principles
    .filter((p) => (about.length === 0 || about.includes(p)) && hasNotes(p))
    .map((p) => ({ ...NONE, kind: "principle", id: p.id, title: p.name, source: p.source, principle: p }));
}

function storyCards(model: Model, about: readonly Principle[]): CardSpec[] {
  return model.stories
    .filter((s) => storyIsAbout(s, about))
    .map((s) => ({ ...NONE, kind: "story", id: s.id, title: s.title, source: s.source, story: s }));
}

/** Returns the ids of the principles a card is about, linked from either side (as the `--principle` filter reads them). */
export function principlesOf(model: Model, spec: CardSpec): string[] {
  const { principle, question, story } = spec;
  if (principle) return [principle.id];
  const own = question?.principles ?? story?.principles ?? [];
  const linking = model.principles.filter((p) => (question && p.questions.includes(question.id)) || (story && p.stories.includes(story.id)));
  return [...new Set([...own, ...linking.map((p) => p.id)])];
}

/** Returns the cards of the chosen kinds (in the order given), only those about the named principles when any are named. */
export function collectCards(model: Model, kinds: readonly CardKind[], principles: readonly string[]): Deck {
  const about = findPrinciples(model, principles);
  const makers: Record<CardKind, (m: Model, p: readonly Principle[]) => CardSpec[]> = {
    questions: questionCards,
    principles: principleCards,
    stories: storyCards,
  };
  const cards = [...new Set(kinds)].flatMap((kind) => makers[kind](model, about));
  const emptyQuestions = kinds.includes("questions") ? model.questions.filter((q) => q.text.trim() === "").length : 0;
  const emptyPrinciples = kinds.includes("principles") ? model.principles.filter((p) => (about.length === 0 || about.includes(p)) && !hasNotes(p)).length : 0;
  return { cards, emptyQuestions, emptyPrinciples };
}
