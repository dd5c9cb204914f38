/** Page units shared by everything that places things on paper: millimetres, points, paper sizes. */

/** Points per millimetre. */
export const POINTS_PER_MM = 72 / 25.4;

/** Returns `value` millimetres in points. */
export function mm(value: number): number {
  return value * POINTS_PER_MM;
}

/** Paper sizes in points, portrait. */
export const PAPER_SIZES: Readonly<Record<"a4" | "letter", readonly [number, number]>> = {
  a4: [595.28, 841.89],
  letter: [612, 792],
};

/** Returns margins given in millimetres in points. */
export function marginsInPoints(m: { top: number; right: number; bottom: number; left: number }): { top: number; right: number; bottom: number; left: number } {
  return { top: mm(m.top), right: mm(m.right), bottom: mm(m.bottom), left: mm(m.left) };
}
