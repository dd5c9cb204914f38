/** flashcards.pdf: the deck's cards 8 a sheet or one a page, duplex or fold, continued where a side does not fit. */
import { CARD_LAYOUTS, DUPLEX_MODES, type PdfOptions } from "../../../config.js";
import { diagnostic, type Diagnostic } from "../../../diagnostics.js";
import type { DeckDocument, TemplateLayout } from "../../../products/types.js";
import { field, object, oneOf } from "../../../schema.js";
import { templateKeys } from "../../../templates/index.js";
import type { EmitOutput } from "../../types.js";
import { createPdf, type TextSettings } from "../typeset/index.js";
import { FOOTER_HEIGHT, drawDeck, fitLabel } from "./draw.js";
import { cardAreas, sheetFor } from "./geometry.js";
import { planCard, type PrintedCard, type Side } from "./plan.js";

/** Returns flashcards.pdf; throws DiagnosticError on bad template keys or a block too large for any card. */
export async function emitDeck(document: DeckDocument, options: PdfOptions): Promise<EmitOutput> {
  const keys = templateKeys(DECK_KEYS, document.front);
  const sheet = sheetFor(options.cardLayout ?? keys.cardLayout, options.duplex ?? keys.duplex);
  const pdf = await createPdf({ size: sheet.size, info: document.info });
  const slot = sheet.fronts[0] ?? { x: 0, y: 0, width: sheet.size[0], height: sheet.size[1] };
  const { body, footer } = cardAreas(slot, sheet.padding, FOOTER_HEIGHT);
  const sides = { front: side(document.front), back: side(document.back) };
  const printed = document.cards.flatMap((card) => planCard(pdf, card, sides, body));
  const sheets = drawDeck(pdf, printed, {
    sheet,
    front: sides.front.settings,
    back: sides.back.settings,
    deck: fitLabel(pdf, document.info.title, footer.width * 0.6),
    backOffset: options.backOffset,
  });
  const continued = printed.filter((card) => card.parts > 1 && card.part === 1);
  const pages = pdf.pageCount;
  return {
    files: [{ file: "flashcards.pdf", bytes: await pdf.end() }],
    pages,
    summary: summary(printed.length, sheets, continued.length, document.emptyQuestions),
    missingGlyphs: pdf.missingGlyphs,
    diagnostics: continued.map((card) => continuedWarning(card, document)),
  };
}

/** The card layout and duplex mode a front template may name (the command line wins). */
const DECK_KEYS = object({ cardLayout: field(oneOf(CARD_LAYOUTS), "a4-8"), duplex: field(oneOf(DUPLEX_MODES), "long-edge") }, { extra: "ignore" });

/** Returns the text settings (at scale 1) and the smallest scale a side may shrink to. */
function side(template: TemplateLayout): Side {
  const { fontSize, lineHeight, minFontSize, fit } = template.layout;
  const settings: TextSettings = { fontSize, lineHeight, paragraphGap: fontSize * 0.45, align: "left" };
  return { settings, minScale: fit === "shrink" ? minFontSize / fontSize : 1 };
}

function continuedWarning(card: PrintedCard, document: DeckDocument): Diagnostic {
  const place = card.spec.source ?? { file: document.front.path, line: 0 };
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
