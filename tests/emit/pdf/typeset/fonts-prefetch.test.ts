/** Font files read ahead while the notes are read (fonts.ts prefetchFonts): the same faces, and the same error for a file that cannot be read. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultFontPaths, loadFaces, prefetchFonts } from "../../../../src/emit/pdf/typeset/fonts.js";

describe("fonts read ahead", () => {
  it("are the bytes of the font files, parsed into the same fonts", async () => {
    prefetchFonts();
    const [face] = await loadFaces();
    const paths = defaultFontPaths();
    expect(face?.regular.data.equals(readFileSync(paths.regular))).toBe(true);
    expect(face?.bold.data.equals(readFileSync(paths.bold))).toBe(true);
    expect(face?.regular.font.postscriptName).toBe("NotoSansKR-Regular");
    expect(face?.bold.font.postscriptName).toBe("NotoSansKR-Bold");
    // Asked again: the stack already loaded, nothing read ahead.
    prefetchFonts();
    expect(await loadFaces()).toEqual([face]);
  });

  it("say which file could not be read, as a file read when asked does", async () => {
    const settings = { regular: "/no/such/font.otf" };
    prefetchFonts(settings);
    await expect(loadFaces(settings)).rejects.toThrow("Cannot read font /no/such/font.otf");
    await expect(loadFaces(settings)).rejects.toThrow("Cannot read font /no/such/font.otf");
  });
});
