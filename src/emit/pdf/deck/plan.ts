/** Cards → printed cards: each side shrunk to fit, what still overflows continued on a next card. */
import { DiagnosticError, diagnostic } from "../../../diagnostics.js";
import type { Block } from "../../../markdown/types.js";
import type { CardSpec } from "../../../products/flashcards/cards.js";
import type { DeckCard } from "../../../products/types.js";
import type { Box, PdfDocument, TextSettings } from "../typeset/index.js";

/** One side of one printed card: blocks from the first that goes on it, at a scale that fits. */
export interface Face {
  /** The blocks still to place; drawing in the card box stops where the card is full. */
  blocks: Block[];
  scale: number;
}

/** One printed card. */
export interface PrintedCard {
  spec: CardSpec;
  part: number;
  parts: number;
  front: Face;
  back: Face;
}

/** What one side is laid out with. */
export interface Side {
  settings: TextSettings;
  minScale: number;
}

/** A card that would need more parts than this is a runaway (one block never fits): stop. */
const MAX_PARTS = 20;

/** Returns the faces that `blocks` need in `box`: one when they fit at `minScale` or more, else one per card-full. */
function splitFaces(pdf: PdfDocument, blocks: Block[], box: Box, side: Side, spec: CardSpec): Face[] {
  const faces: Face[] = [];
  let rest = blocks;
  while (rest.length > 0 && faces.length < MAX_PARTS) {
    const found = pdf.fit(rest, [box], side.settings, { minScale: side.minScale });
    faces.push({ blocks: rest, scale: found.scale });
    if (found.fits) break;
    const stuck = found.overflow.length === rest.length && found.overflow[0] === rest[0];
    if (stuck) {
      const message = `Card \`${spec.title}\` has a block (a heading or table row) too large for a ${Math.round(box.width)} × ${Math.round(box.height)} pt card even at the smallest size`;
      throw new DiagnosticError([diagnostic("error", spec.source ?? { file: "flashcards" }, message, "card-too-large")]);
    }
    rest = found.overflow;
  }
  return faces.length > 0 ? faces : [{ blocks: [], scale: 1 }];
}

/** Returns the printed cards of one card: parts enough for the longer of its two sides. */
export function planCard(pdf: PdfDocument, card: DeckCard, sides: { front: Side; back: Side }, body: Box): PrintedCard[] {
  const { spec } = card;
  const backFaces = splitFaces(pdf, card.back, body, sides.back, spec);
  let frontFaces = splitFaces(pdf, card.front(1, 1), body, sides.front, spec);
  const parts = Math.max(frontFaces.length, backFaces.length);
  if (parts === 1) return [{ spec, part: 1, parts, front: frontFaces[0] ?? empty(), back: backFaces[0] ?? empty() }];
  const cards: PrintedCard[] = [];
  for (let part = 1; part <= parts; part++) {
    // A front that fit on one card is repeated on each part with its `(part/parts)` title.
    if (frontFaces.length === 1 || part === 1) frontFaces = splitFaces(pdf, card.front(part, parts), body, sides.front, spec);
    const frontFace = frontFaces.length === 1 ? frontFaces[0] : frontFaces[part - 1];
    cards.push({ spec, part, parts, front: frontFace ?? empty(), back: backFaces[part - 1] ?? empty() });
  }
  return cards;
}

function empty(): Face {
  return { blocks: [], scale: 1 };
}
