import { describe, expect, it } from "vitest";
import { readCidCff } from "../../../../../src/emit/pdf/typeset/cff/font.js";
import { usedSubrs } from "../../../../../src/emit/pdf/typeset/cff/subrs.js";
import { cffTableBytes } from "../../../../../src/emit/pdf/typeset/cff/subset.js";
import { defaultFontPaths } from "../../../../../src/emit/pdf/typeset/fonts.js";
import { fontkit } from "../../../../../src/emit/pdf/typeset/modules.js";

const fk = fontkit();

describe("used subroutines", () => {
  for (const [name, path] of Object.entries(defaultFontPaths())) {
    it(`match what fontkit's outline reader calls, for a spread of ${name} glyphs`, () => {
      const font = fk.openSync(path);
      if (!("layout" in font)) throw new Error("not a single font");
      const table = cffTableBytes(font);
      const cff = table && readCidCff(table);
      if (!cff) throw new Error("not a CID-keyed CFF");
      let calls = 0;
      for (let gid = 0; gid < cff.charStrings.count; gid += 7) {
        const glyph = font.getGlyph(gid);
        void glyph.path;
        const expected = {
          global: Object.keys(Reflect.get(glyph, "_usedGsubrs") ?? {}).map(Number).sort((a, b) => a - b),
          local: Object.keys(Reflect.get(glyph, "_usedSubrs") ?? {}).map(Number).sort((a, b) => a - b),
        };
        const used = usedSubrs(cff.bytes, [cff.charStrings.span(gid)], cff.globalSubrs, cff.fontDicts[cff.fdOf(gid)]?.subrs);
        const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
        expect({ gid, global: sorted(used.global), local: sorted(used.local) }).toEqual({ gid, ...expected });
        calls += used.global.size + used.local.size;
      }
      expect(calls).toBeGreaterThan(1000);
    });
  }
});
