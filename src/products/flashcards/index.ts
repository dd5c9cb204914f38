/** flashcards.pdf: a card per question, principle and story, 8 a sheet or one a page, duplex or fold. */
import { diagnostic, type Diagnostic } from "../../diagnostics.js";
import type { Model } from "../../model/types.js";
import { createPdf } from "../../typeset/index.js";
import type { BuildProduct, ProductOutput } from "../types.js";
import { collectCards } from "./cards.js";
import { FOOTER_HEIGHT, drawDeck, fitLabel } from "./draw.js";
import { cardAreas, sheetFor } from "./geometry.js";
import { planCard, type PrintedCard } from "./plan.js";
import { deckOptions, loadCardTemplates, textSettings } from "./templates.js";

/** Returns flashcards.pdf for the model; throws DiagnosticError on template problems. */
export const buildFlashcards: BuildProduct = async ({ model, settings }) => {
  const templates = loadCardTemplates(settings);
  const { layout, duplex } = deckOptions(settings, templates);
  const deck = collectCards(model, settings.cards, settings.principle);
  const sheet = sheetFor(layout, duplex);
  const title = model.document.title || "Flashcards";
  const pdf = await createPdf({ size: sheet.size, info: { title, author: model.document.author, subject: "Flashcards" } });
  const slot = sheet.fronts[0] ?? { x: 0, y: 0, width: sheet.size[0], height: sheet.size[1] };
  const { body, footer } = cardAreas(slot, sheet.padding, FOOTER_HEIGHT);
  const printed = deck.cards.flatMap((spec) => planCard(pdf, model, spec, templates, body));
  const sheets = drawDeck(pdf, printed, {
    sheet,
    front: textSettings(templates.front).settings,
    back: textSettings(templates.back).settings,
    deck: fitLabel(pdf, title, footer.width * 0.6),
    backOffset: settings.backOffset,
  });
  const continued = continuedCards(printed);
  const pages = pdf.pageCount;
  const output: ProductOutput = {
    file: "flashcards.pdf",
    bytes: await pdf.end(),
    pages,
    summary: summary(printed.length, sheets, continued.length, deck.emptyQuestions),
    missingGlyphs: pdf.missingGlyphs,
    diagnostics: continued.map((card) => continuedWarning(card, model)),
  };
  return output;
};

/** Returns the first part of every card that continues on a next card. */
function continuedCards(printed: PrintedCard[]): PrintedCard[] {
  return printed.filter((card) => card.parts > 1 && card.part === 1);
}

function continuedWarning(card: PrintedCard, model: Model): Diagnostic {
  const place = card.spec.source ?? { file: model.document.files[0] ?? "flashcards.pdf", line: 0 };
  const message = `Card \`${card.spec.title}\` does not fit one card at the smallest size; continued on ${card.parts} cards`;
  return diagnostic("warning", place, message, "card-continued");
}

/** Returns e.g. `32 cards on 4 sheets (1 continued; 3 empty questions skipped)`. */
export function summary(cards: number, sheets: number, continued: number, emptyQuestions: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const notes = [
    ...(continued > 0 ? [`${continued} continued`] : []),
    ...(emptyQuestions > 0 ? [`${plural(emptyQuestions, "empty question")} skipped`] : []),
  ];
  return `${plural(cards, "card")} on ${plural(sheets, "sheet")}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}
