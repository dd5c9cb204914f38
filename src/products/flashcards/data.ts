/** What a card template receives: the model plus `card` (its kind, entry, and part of a continued card). */
import type { Model } from "../../model/types.js";
import type { CardSpec } from "./cards.js";

/** What a card template sees under `card`, next to the model's fields. */
export interface CardData {
  kind: CardSpec["kind"];
  question: CardSpec["question"];
  principle: CardSpec["principle"];
  story: CardSpec["story"];
  /** 1-based part of a card continued over several cards, and the number of parts. */
  part: number;
  parts: number;
}

/** Returns the data a card template renders: the model plus `card`. */
export function cardData(model: Model, card: CardSpec, part = 1, parts = 1): object {
  const data: CardData = { kind: card.kind, question: card.question, principle: card.principle, story: card.story, part, parts };
  return { ...model, card: data };
}
