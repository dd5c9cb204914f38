/** flashcards.pdf: the deck's cards 8 a sheet or one a page, duplex or fold, continued where a side does not fit. */
import { CARD_LAYOUTS, DUPLEX_MODES, type CardLayout, type Duplex, type PdfOptions } from "../../../config.js";
import { diagnostic, type Diagnostic } from "../../../diagnostics.js";
import type { DeckDocument, TemplateLayout } from "../../../products/types.js";
import { field, object, oneOf } from "../../../schema.js";
import { templateKeys } from "../../../templates/index.js";
import type { EmitOutput } from "../../types.js";
import { createPdf, type TextSettings } from "../typeset/index.js";
import { FOOTER_HEIGHT, deckLabel, drawDeck } from "./draw-cards.js";
import { cardAreas, sheetFor } from "./geometry.js";
import { deckScale, planCards, type PrintedCard, type Side } from "./plan.js";

/** Returns flashcards.pdf; throws DiagnosticError on bad template keys or a block too large for any card. */
export async function emitDeck(document: DeckDocument, options: PdfOptions): Promise<EmitOutput> {
  const { layout, duplex } = deckLayout(document.front, options);
  const sheet = sheetFor(layout, duplex);
  const pdf = await createPdf({ size: sheet.size, info: document.info });
  const slot = sheet.fronts[0] ?? { x: 0, y: 0, width: sheet.size[0], height: sheet.size[1] };
  const { body, footer } = cardAreas(slot, sheet.padding, FOOTER_HEIGHT);
  const sides = { front: side(document.front, "center"), back: side(document.back, "left") };
  const scales = {
    front: deckScale(pdf, document.cards.map((card) => card.front(1, 1)), body, sides.front),
    back: deckScale(pdf, document.cards.map((card) => card.back), body, sides.back),
  };
  const printed = planCards(pdf, document.cards, sides, scales, body);
  const sheets = drawDeck(pdf, printed, {
    sheet,
    front: sides.front.settings,
    back: sides.back.settings,
    // The name takes the footer but for the card number (`123/456`) and a gap.
    deck: deckLabel(pdf, document.info.title, footer.width - pdf.textWidth("0000/0000", 6.5)),
    backOffset: options.backOffset,
  });
  const continued = printed.filter((card) => card.parts > 1 && card.part === 1);
  const shrunk = printed.filter((card) => card.front.shrunk || card.back.shrunk);
  const pages = pdf.pageCount;
  const sizes = { front: document.front.layout.fontSize * scales.front, back: document.back.layout.fontSize * scales.back };
  return {
    files: [{ file: "flashcards.pdf", bytes: await pdf.end() }],
    pages,
    summary: summary(printed.length, sheets, sizes, { continued: continued.length, emptyQuestions: document.emptyQuestions, emptyPrinciples: document.emptyPrinciples }),
    missingGlyphs: pdf.missingGlyphs,
    diagnostics: [...continued.map((card) => continuedWarning(card, document)), ...shrunk.map((card) => shrunkWarning(card, document))],
  };
}

/** The card layout and duplex mode a front template may name (the command line wins). */
const DECK_KEYS = object({ cardLayout: field(oneOf(CARD_LAYOUTS), "a4-8"), duplex: field(oneOf(DUPLEX_MODES), "long-edge") }, { extra: "ignore" });

/** Returns the card layout and duplex mode: the command line's, else the paper's 8-up sheet, else the front template's. */
export function deckLayout(front: TemplateLayout, options: PdfOptions): { layout: CardLayout; duplex: Duplex } {
  const keys = templateKeys(DECK_KEYS, front);
  const layout = options.cardLayout ?? (options.paper === "letter" ? "letter-8" : options.paper === "a4" ? "a4-8" : keys.cardLayout);
  return { layout, duplex: options.duplex ?? keys.duplex };
}

/** Returns the text settings (at scale 1) and the smallest scale a side may shrink to. */
function side(template: TemplateLayout, align: TextSettings["align"]): Side {
  const { fontSize, lineHeight, minFontSize, fit } = template.layout;
  const settings: TextSettings = { fontSize, lineHeight, paragraphGap: fontSize * 0.45, align };
  return { settings, minScale: fit === "shrink" ? minFontSize / fontSize : 1 };
}

function continuedWarning(card: PrintedCard, document: DeckDocument): Diagnostic {
  const place = card.spec.source ?? { file: document.front.path, line: 0 };
  const message = `Card \`${card.spec.title}\` does not fit one card at the deck's type size; continued on ${card.parts} cards`;
  return diagnostic("warning", place, message, "card-continued");
}

function shrunkWarning(card: PrintedCard, document: DeckDocument): Diagnostic {
  const place = card.spec.source ?? { file: document.front.path, line: 0 };
  const message = `Card \`${card.spec.title}\` has a block too large for a card at the deck's type size; that card is set smaller`;
  return diagnostic("warning", place, message, "card-shrunk");
}

/** What the summary line counts besides cards and sheets. */
export interface DeckCounts {
  continued: number;
  emptyQuestions: number;
  emptyPrinciples: number;
}

/** Returns e.g. `32 cards on 4 sheets, 15/10 pt (1 continued; 3 empty questions skipped)`. */
export function summary(cards: number, sheets: number, sizes: { front: number; back: number }, counts: DeckCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const pt = (size: number) => Number(size.toFixed(1)).toString();
  const notes = [
    ...(counts.continued > 0 ? [`${counts.continued} continued`] : []),
    ...(counts.emptyQuestions > 0 ? [`${plural(counts.emptyQuestions, "empty question")} skipped`] : []),
    ...(counts.emptyPrinciples > 0 ? [`${plural(counts.emptyPrinciples, "principle")} with no notes skipped`] : []),
  ];
  return `${plural(cards, "card")} on ${plural(sheets, "sheet")}, ${pt(sizes.front)}/${pt(sizes.back)} pt${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
}
