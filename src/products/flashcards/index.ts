/** The flashcards: a card per question, principle and story, each side rendered from its template. */
import type { FlashcardsOptions } from "../../config.js";
import { DiagnosticError, diagnostic } from "../../diagnostics.js";
import { parseMarkdown } from "../../markdown/parse.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import type { DeckDocument } from "../types.js";
import { collectCards, principlesOf } from "./cards.js";
import { cardData } from "./card-data.js";

/**
 * Returns the deck's cards as blocks; throws DiagnosticError for template errors and for a deck with no card
 * (notes of prose only: the other products still print it), UsageError for an unknown principle.
 */
export function flashcardsDocument(model: Model, options: FlashcardsOptions): DeckDocument {
  const templatesDir = options.templatesDir ?? undefined;
  const front = loadTemplate("flashcards-front", { templatesDir });
  const back = loadTemplate("flashcards-back", { templatesDir });
  const deck = collectCards(model, options.cards, options.principles);
  if (deck.cards.length === 0) {
    const message = "No flashcards to make: the notes have no question, story or principle notes for a card (the other products are built)";
    throw new DiagnosticError([diagnostic("error", { file: model.document.files[0] ?? "flashcards" }, message, "flashcards-empty")]);
  }
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
