/**
 * The duplex calibration sheet: a cross at each card corner on the front, and one at the place
 * behind it on the back. Printed duplex and held to the light, the back's cross shows how far the
 * printer moved the back; the front's millimetre scales are labelled with the `--back-offset`
 * values that bring it home. Pure geometry; `drawCalibration` draws it.
 */
import type { Duplex } from "../../../config.js";
import { mm, type Box } from "../typeset/index.js";
import { mirrorBox, type Sheet } from "./geometry.js";

/** A cross: its centre in points from the top-left of its page, and the label beside it. */
export interface Cross {
  x: number;
  y: number;
  label: string;
}

/** How far inside a card's corner its cross sits, in millimetres. */
const INSET = 9;

/** Returns the crosses of the front: one near each corner of each card, labelled `1a`–`1d`, `2a`… */
export function frontCrosses(sheet: Sheet): Cross[] {
  return sheet.fronts.flatMap((card, i) => corners(card).map(([x, y], c) => ({ x, y, label: `${i + 1}${"abcd"[c]}` })));
}

/** Returns the crosses of the back: behind each front cross (mirrored for the flip, or across the fold), moved by `offset` mm. */
export function backCrosses(sheet: Sheet, duplex: Duplex, offset: readonly [number, number]): Cross[] {
  const shift = sheet.fold ? [0, 0] : offset;
  return frontCrosses(sheet).map((cross) => {
    const behind = mirrorBox({ x: cross.x, y: cross.y, width: 0, height: 0 }, sheet.size, duplex === "short-edge" ? "short-edge" : "long-edge");
    return { x: behind.x + mm(shift[0] ?? 0), y: behind.y + mm(shift[1] ?? 0), label: cross.label };
  });
}

/**
 * Returns the factor that turns a millimetre seen on the front (right, down) into a `--back-offset`
 * value: flipping on the long edge mirrors left and right, so a back seen 1 mm too low needs −1
 * in y; flipping on the short edge mirrors top and bottom, so one seen 1 mm right needs −1 in x.
 */
export function offsetSigns(duplex: Duplex): [number, number] {
  if (duplex === "long-edge") return [1, -1];
  if (duplex === "short-edge") return [-1, 1];
  return [1, 1];
}

function corners(card: Box): [number, number][] {
  const inset = mm(INSET);
  const [left, right, top, bottom] = [card.x + inset, card.x + card.width - inset, card.y + inset, card.y + card.height - inset];
  return [[left, top], [right, top], [left, bottom], [right, bottom]];
}
