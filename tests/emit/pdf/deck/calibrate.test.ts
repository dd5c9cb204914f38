/** The duplex calibration sheet: each back cross behind its front cross, moved by the offset already in use. */
import { describe, expect, it } from "vitest";
import { calibrationPdf } from "../../../../src/emit/pdf/deck/calibrate.js";
import { backCrosses, frontCrosses, offsetSigns, type Cross } from "../../../../src/emit/pdf/deck/calibration.js";
import { sheetFor } from "../../../../src/emit/pdf/deck/geometry.js";
import { readPdf, type PdfItem } from "../../../pdf.js";

const MM = 72 / 25.4;
const LABEL = /^\d+[a-d]$/;

describe.each([
  ["long-edge", [1.5, -0.5]],
  ["short-edge", [-1, 2]],
  ["fold", [0, 0]],
] as const)("calibration sheet, %s", (duplex, offset) => {
  const sheet = sheetFor("a4-8", duplex);
  const [width, height] = sheet.size;

  it("puts each back cross behind its front cross (mirrored for the flip, across the fold), moved by the back offset", () => {
    const fronts = frontCrosses(sheet);
    const backs = backCrosses(sheet, duplex, offset);
    expect(fronts).toHaveLength(sheet.fronts.length * 4);
    const shift = duplex === "fold" ? [0, 0] : offset;
    fronts.forEach((front, i) => {
      const back = backs[i] as Cross;
      const behind = duplex === "short-edge" ? { x: front.x, y: height - front.y } : { x: width - front.x, y: front.y };
      expect(back.label).toBe(front.label);
      expect(back.x).toBeCloseTo(behind.x + shift[0] * MM, 6);
      expect(back.y).toBeCloseTo(behind.y + shift[1] * MM, 6);
    });
  });

  it("draws every cross where the geometry puts it, on the front page and on the back", async () => {
    const pdf = await readPdf(await calibrationPdf({ cardLayout: "a4-8", duplex, backOffset: offset }));
    expect(pdf.pages).toHaveLength(duplex === "fold" ? 1 : 2);
    const drawn = (page: number): PdfItem[] => (pdf.pages[page]?.items ?? []).filter((i) => LABEL.test(i.str));
    const crosses = [...frontCrosses(sheet), ...backCrosses(sheet, duplex, offset)];
    const items = duplex === "fold" ? drawn(0) : [...drawn(0), ...drawn(1)];
    expect(items).toHaveLength(crosses.length);
    // A label is written 5 mm left of and above its cross, so its place follows the cross's exactly.
    const lift = (items[0]?.y ?? 0) - (crosses[0]?.y ?? 0);
    crosses.forEach((cross, i) => {
      const item = items[i] as PdfItem;
      expect(item.str).toBe(cross.label);
      expect(item.x + 5 * MM).toBeCloseTo(cross.x, 1);
      expect(item.y - cross.y).toBeCloseTo(lift, 1);
    });
  });

  it("labels the scales with the back offset to type", () => {
    expect(offsetSigns(duplex)).toEqual(duplex === "long-edge" ? [1, -1] : duplex === "short-edge" ? [-1, 1] : [1, 1]);
  });
});
