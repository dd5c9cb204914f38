/** The flashcards: a card per question, principle and story, each side rendered from its template. */
import type { FlashcardsOptions } from "../../config.js";
import { parseMarkdown } from "../../markdown/parse.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import type { DeckDocument } from "../types.js";
import { collectCards, principlesOf } from "./cards.js";
import { cardData } from "./card-data.js";

/** Returns the deck's cards as blocks; throws DiagnosticError for template errors, UsageError for an unknown principle. */
export function flashcardsDocument(model: Model, options: FlashcardsOptions): DeckDocument {
  const templatesDir = options.templatesDir ?? undefined;
  const front = loadTemplate("flashcards-front", { templatesDir });
  const back = loadTemplate("flashcards-back", { templatesDir });
  const deck = collectCards(model, options.cards, options.principles);
  const { title, author, language } = model.document;
  return {
    kind: "deck",
    name: "flashcards",
    info: { title: title || "Flashcards", author, subject: "Flashcards", keywords: [], language },
    front: { path: front.path, layout: front.layout },
    back: { path: back.path, layout: back.layout },
    cards: deck.cards.map((spec) => ({
      spec,
      principleIds: principlesOf(model, spec),
      front: (part, parts) => parseMarkdown(front.render(cardData(model, spec, part, parts))),
      back: parseMarkdown(back.render(cardData(model, spec))),
    })),
    emptyQuestions: deck.emptyQuestions,
    emptyPrinciples: deck.emptyPrinciples,
    principles: model.principles.map(({ id, name }) => ({ id, name })),
  };
}
