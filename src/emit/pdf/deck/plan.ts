/**
 * Cards → printed cards. Each side of the deck is set at one size: the largest (down to the
 * template's minFontSize) at which nine cards in ten fit whole. A card that does not fit at that
 * size continues on the next card; only a single block too large for a card is shrunk, and said.
 */
import { DiagnosticError, diagnostic } from "../../../diagnostics.js";
import type { Block } from "../../../markdown/types.js";
import type { CardSpec } from "../../../products/flashcards/cards.js";
import type { DeckCard } from "../../../products/types.js";
import { searchScale, type Box, type PdfDocument, type TextSettings } from "../typeset/index.js";

/** One side of one printed card: blocks from the first that goes on it, at a scale that fits. */
export interface Face {
  /** The blocks still to place; drawing in the card box stops where the card is full. */
  blocks: Block[];
  scale: number;
  /** This face was set smaller than the deck's size, because one block did not fit a card. */
  shrunk: boolean;
}

/** One printed card. */
export interface PrintedCard {
  spec: CardSpec;
  part: number;
  parts: number;
  front: Face;
  back: Face;
}

/** What one side is laid out with: text settings at scale 1, the smallest scale, and the deck's scale. */
export interface Side {
  settings: TextSettings;
  minScale: number;
}

/** The share of a deck's cards that must fit whole at the deck's size. */
const FIT_SHARE = 0.9;

/**
 * Cards laid out between two agings of the document's line cache (lines not asked for since the last
 * are forgotten). Lines are cached per card side, size and width, and no card reuses another's: kept
 * for a whole deck of thousands of cards, they were most of the memory the deck took.
 */
export const CARDS_PER_CACHE = 256;

/**
 * Returns the deck's scale for one side: the largest in [minScale, 1] at which FIT_SHARE of `sides` fit `box` whole.
 * A side that fits at scale 1 fits at every smaller scale (its lines only get narrower and no more in number), so
 * each side is laid out once at 1, and the search lays out only those that did not fit there.
 */
export function deckScale(pdf: PdfDocument, sides: readonly Block[][], box: Box, side: Side): number {
  const need = Math.ceil(sides.length * FIT_SHARE);
  if (need === 0) return 1;
  const tight = sides.filter((blocks, i) => {
    if (i % CARDS_PER_CACHE === 0) pdf.ageLines();
    return !fitsAt(pdf, blocks, box, side.settings, 1);
  });
  const fitAtOne = sides.length - tight.length;
  if (fitAtOne >= need) return 1;
  // Counting stops as soon as the answer is known: `need` sides fit, or too many do not.
  const enough = (scale: number): boolean => {
    let fit = fitAtOne;
    let miss = 0;
    for (const [i, blocks] of tight.entries()) {
      if (i % CARDS_PER_CACHE === 0) pdf.ageLines();
      if (fitsAt(pdf, blocks, box, side.settings, scale)) fit += 1;
      else miss += 1;
      if (fit >= need) return true;
      if (miss > sides.length - need) return false;
    }
    return false;
  };
  // Scale 1 is known not to be enough.
  return searchScale((scale) => scale !== 1 && enough(scale), side.minScale, 1).scale;
}

function fitsAt(pdf: PdfDocument, blocks: Block[], box: Box, settings: TextSettings, scale: number): boolean {
  return pdf.fit(blocks, [box], settings, { minScale: scale, maxScale: scale }).fits;
}

/**
 * Returns the faces `blocks` need in `box` at `scale`: one per card-full, a block too large for a card shrunk
 * alone. Every face takes at least one block, so the split ends: a block kept with the next one that cannot
 * come along (a heading before a table row taller than a card) goes on a face of its own.
 */
function splitFaces(pdf: PdfDocument, blocks: Block[], box: Box, side: Side, scale: number, spec: CardSpec): Face[] {
  const faces: Face[] = [];
  let rest = blocks;
  while (rest.length > 0) {
    const found = pdf.fit(rest, [box], side.settings, { minScale: scale, maxScale: scale });
    if (found.fits || placedAny(found.overflow, rest)) {
      faces.push({ blocks: rest, scale, shrunk: false });
      rest = found.overflow;
      continue;
    }
    const first = rest.slice(0, 1);
    const smaller = pdf.fit(first, [box], side.settings, { minScale: side.minScale, maxScale: scale });
    if (!smaller.fits) {
      const message = `Card \`${spec.title}\` has a block (a heading or table row) too large for a ${Math.round(box.width)} × ${Math.round(box.height)} pt card even at the smallest size`;
      throw new DiagnosticError([diagnostic("error", spec.source ?? { file: "flashcards" }, message, "card-too-large")]);
    }
    const shrunk = smaller.scale < scale;
    const after = pdf.fit(rest, [box], side.settings, { minScale: smaller.scale, maxScale: smaller.scale }).overflow;
    if (placedAny(after, rest)) {
      faces.push({ blocks: rest, scale: smaller.scale, shrunk });
      rest = after;
    } else {
      faces.push({ blocks: first, scale: smaller.scale, shrunk });
      rest = rest.slice(1);
    }
  }
  return faces.length > 0 ? faces : [{ blocks: [], scale, shrunk: false }];
}

/** True when a fit placed something of `blocks`: less is left over, or the first block left over is another (the rest of a split one). */
function placedAny(overflow: readonly Block[], blocks: readonly Block[]): boolean {
  return overflow.length < blocks.length || overflow[0] !== blocks[0];
}

/** Returns the printed cards of every card, in order (see `planCard`). */
export function planCards(pdf: PdfDocument, cards: readonly DeckCard[], sides: { front: Side; back: Side }, scales: { front: number; back: number }, body: Box): PrintedCard[] {
  const printed: PrintedCard[] = [];
  for (const [i, card] of cards.entries()) {
    if (i % CARDS_PER_CACHE === 0) pdf.ageLines();
    for (const part of planCard(pdf, card, sides, scales, body)) printed.push(part);
  }
  pdf.ageLines();
  return printed;
}

/** Returns the printed cards of one card: parts enough for the longer of its two sides, each side at its deck scale. */
export function planCard(pdf: PdfDocument, card: DeckCard, sides: { front: Side; back: Side }, scales: { front: number; back: number }, body: Box): PrintedCard[] {
  const { spec } = card;
  const backFaces = splitFaces(pdf, card.back, body, sides.back, scales.back, spec);
  let frontFaces = splitFaces(pdf, card.front(1, 1), body, sides.front, scales.front, spec);
  const parts = Math.max(frontFaces.length, backFaces.length);
  if (parts === 1) return [{ spec, part: 1, parts, front: frontFaces[0] ?? empty(scales.front), back: backFaces[0] ?? empty(scales.back) }];
  const cards: PrintedCard[] = [];
  for (let part = 1; part <= parts; part++) {
    // A front that fit on one card is repeated on each part with its `(part/parts)` title.
    if (frontFaces.length === 1 || part === 1) frontFaces = splitFaces(pdf, card.front(part, parts), body, sides.front, scales.front, spec);
    const frontFace = frontFaces.length === 1 ? frontFaces[0] : frontFaces[part - 1];
    cards.push({ spec, part, parts, front: frontFace ?? empty(scales.front), back: backFaces[part - 1] ?? empty(scales.back) });
  }
  return cards;
}

function empty(scale: number): Face {
  return { blocks: [], scale, shrunk: false };
}
