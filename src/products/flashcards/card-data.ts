/** What a card template receives: the model plus `card` (its kind, entry, and part of a continued card). */
import type { Model } from "../../model/types.js";
import { ownAnswer } from "../answers.js";
import type { CardSpec } from "./cards.js";

/** What a card template sees under `card`, next to the model's fields. */
export interface CardData {
  kind: CardSpec["kind"];
  question: CardSpec["question"];
  principle: CardSpec["principle"];
  story: CardSpec["story"];
  /** A question card's answer without the items that only name a linked story (those print as the story); "" otherwise. */
  answer: string;
  /** 1-based part of a card continued over several cards, and the number of parts. */
  part: number;
  parts: number;
}

/** Returns the data a card template renders: the model plus `card`. */
export function cardData(model: Model, card: CardSpec, part = 1, parts = 1): object {
  const titles = card.question ? model.stories.filter((s) => card.question?.stories.includes(s.id)).map((s) => s.title) : [];
  const answer = card.question ? ownAnswer(card.question.answer, titles) : "";
  const data: CardData = { kind: card.kind, question: card.question, principle: card.principle, story: card.story, answer, part, parts };
  return { ...model, card: data };
}
