import { describe, expect, it } from "vitest";
import { CARD_LAYOUTS } from "../../../../src/config.js";
import type { Box } from "../../../../src/emit/pdf/typeset/index.js";
import { cardAreas, gridBoxes, mirrorBox, offsetBox, sheetFor } from "../../../../src/emit/pdf/deck/geometry.js";
import { mm } from "../../../../src/emit/pdf/typeset/index.js";

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1e-6 && inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 && inner.y + inner.height <= outer.y + outer.height + 1e-6;
const near = (box: Box | undefined) =>
  box && { x: expect.closeTo(box.x, 6), y: expect.closeTo(box.y, 6), width: expect.closeTo(box.width, 6), height: expect.closeTo(box.height, 6) };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1e-6 && b.x < a.x + a.width - 1e-6 && a.y < b.y + b.height - 1e-6 && b.y < a.y + a.height - 1e-6;

describe("sheetFor", () => {
  it("puts 8 cards on A4 and Letter, one on A7 and 3×5 inch pages", () => {
    expect(sheetFor("a4-8", "long-edge").fronts).toHaveLength(8);
    expect(sheetFor("letter-8", "long-edge").fronts).toHaveLength(8);
    expect(sheetFor("a7", "long-edge").size.map((v) => v / mm(1))).toEqual([expect.closeTo(105, 6), expect.closeTo(74, 6)]);
    const index = sheetFor("index-3x5", "short-edge");
    expect(index.fronts).toHaveLength(1);
    expect(index.size).toEqual([expect.closeTo(360, 6), expect.closeTo(216, 6)]);
  });

  it.each(CARD_LAYOUTS)("keeps %s cards on the page, apart, and the same size", (layout) => {
    const sheet = sheetFor(layout, "long-edge");
    const page = { x: 0, y: 0, width: sheet.size[0], height: sheet.size[1] };
    for (const card of [...sheet.fronts, ...sheet.backs]) expect(inside(card, page)).toBe(true);
    sheet.fronts.forEach((a, i) => sheet.fronts.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
  });

  it("leaves at least 10 mm around the 8-up grid so cut marks are printable", () => {
    for (const layout of ["a4-8", "letter-8"] as const) {
      const { fronts, size } = sheetFor(layout, "long-edge");
      expect(Math.min(...fronts.map((b) => b.x))).toBeGreaterThanOrEqual(mm(10) - 1e-6);
      expect(size[1] - Math.max(...fronts.map((b) => b.y + b.height))).toBeGreaterThanOrEqual(mm(10) - 1e-6);
    }
  });

  it("draws cut marks outside every card, at least 5 mm from the paper edge", () => {
    const sheet = sheetFor("a4-8", "long-edge");
    expect(sheet.cutMarks).toHaveLength(3 * 2 + 5 * 2);
    for (const m of sheet.cutMarks) {
      const box = { x: Math.min(m.x1, m.x2), y: Math.min(m.y1, m.y2), width: Math.abs(m.x2 - m.x1), height: Math.abs(m.y2 - m.y1) };
      for (const card of sheet.fronts) expect(overlap(box, card)).toBe(false);
      expect(Math.min(box.x, box.y, sheet.size[0] - box.x - box.width, sheet.size[1] - box.y - box.height)).toBeGreaterThanOrEqual(mm(5) - 1e-6);
    }
    expect(sheetFor("a7", "long-edge").cutMarks).toEqual([]);
  });

  it("puts each back behind its front: mirrored columns (long edge), mirrored rows (short edge)", () => {
    const long = sheetFor("a4-8", "long-edge");
    long.fronts.forEach((front, i) => {
      expect(long.backs[i]?.y).toBeCloseTo(front.y, 6);
      expect((long.backs[i]?.x ?? 0) + front.width / 2).toBeCloseTo(long.size[0] - (front.x + front.width / 2), 6);
    });
    expect(long.backs[0]?.x).toBeCloseTo(long.fronts[1]?.x ?? -1, 6);
    const short = sheetFor("a4-8", "short-edge");
    expect(short.backs[0]).toEqual(near(short.fronts[6]));
    expect(short.backs[7]).toEqual(near(short.fronts[1]));
  });

  it("folds: fronts in the left half, backs beside them on the same page, a fold line between", () => {
    const fold = sheetFor("a4-8", "fold");
    expect(fold.fold).toBe(true);
    expect(fold.fronts).toHaveLength(4);
    fold.fronts.forEach((front, i) => {
      expect(front.x + front.width).toBeCloseTo(fold.size[0] / 2, 6);
      expect(fold.backs[i]).toEqual(near({ ...front, x: fold.size[0] / 2 }));
    });
    expect(fold.foldLine?.x1).toBeCloseTo(fold.size[0] / 2, 6);
    for (const m of fold.cutMarks) expect(m.x1 === m.x2 && Math.abs(m.x1 - fold.size[0] / 2) < 0.01).toBe(false);
    const a7 = sheetFor("a7", "fold");
    expect(a7.size[0]).toBeCloseTo(mm(210), 6);
    expect(a7.backs[0]).toEqual(near(a7.fronts[0] && { ...a7.fronts[0], x: mm(105) }));
  });
});

describe("mirrorBox, offsetBox, gridBoxes, cardAreas", () => {
  const page: [number, number] = [600, 800];
  const box = { x: 50, y: 100, width: 200, height: 150 };

  it("mirrors twice back to the start", () => {
    expect(mirrorBox(mirrorBox(box, page, "long-edge"), page, "long-edge")).toEqual(box);
    expect(mirrorBox(box, page, "short-edge")).toEqual({ ...box, y: 550 });
  });

  it("moves a box by millimetres, y downwards", () => {
    const moved = offsetBox(box, [1.5, -0.5]);
    expect(moved.x - box.x).toBeCloseTo(1.5 * 72 / 25.4, 9);
    expect(moved.y - box.y).toBeCloseTo(-0.5 * 72 / 25.4, 9);
  });

  it("centres the grid", () => {
    expect(gridBoxes(page, 2, 1, [200, 100])).toEqual([
      { x: 100, y: 350, width: 200, height: 100 },
      { x: 300, y: 350, width: 200, height: 100 },
    ]);
  });

  it("keeps the body above the footer, both inside the padding", () => {
    const { body, footer } = cardAreas(box, 10, 8);
    expect(inside(body, { x: 60, y: 110, width: 180, height: 130 })).toBe(true);
    expect(inside(footer, { x: 60, y: 110, width: 180, height: 130 })).toBe(true);
    expect(body.y + body.height).toBeLessThan(footer.y);
  });
});
