import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadFaces, type FontkitFont } from "../../../../src/emit/pdf/typeset/fonts.js";
import { kernPlan, substitutionScripts, type FontTables, type LayoutScripts, type LayoutTable, type Lookup } from "../../../../src/emit/pdf/typeset/kern-tables.js";
import { PairKerning, wordScript } from "../../../../src/emit/pdf/typeset/kerning.js";
import { FEATURES, shape } from "../../../../src/emit/pdf/typeset/shaping.js";
import { fontkit } from "../../../../src/emit/pdf/typeset/modules.js";
import { NOTES_KO } from "../../../examples.js";

const faces = await loadFaces();
const main = faces[0];
if (!main) throw new Error("no face");
// The parsed fonts under the shaping views loadFaces hands out: fontkit's own layout, no cache.
const fonts = { regular: Object.getPrototypeOf(main.regular.font) as FontkitFont, bold: Object.getPrototypeOf(main.bold.font) as FontkitFont };

/** A run as a user of it sees it: glyph ids, the four numbers of each position, the total advance. */
function seen(run: { glyphs: { id: number }[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]; advanceWidth: number }) {
  return {
    ids: run.glyphs.map((g) => g.id),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    advanceWidth: run.advanceWidth,
  };
}

/** Asserts that pair kerning shapes every text, and exactly as fontkit does with FEATURES. */
function expectSameAsFontkit(font: FontkitFont, texts: string[]): void {
  const kerning = PairKerning.of(font);
  expect(kerning).toBeDefined();
  for (const text of texts) {
    expect(kerning?.shape(text), text).toBeDefined();
    expect({ text, ...seen(shape(font, text, kerning)) }).toEqual({ text, ...seen(font.layout(text, { ...FEATURES })) });
  }
}

const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const otherPunctuation = [..."—–‘’“”•·…→←×°±§¶«»¿¡\u00a0‰′″‹›"];
const cjkPunctuation = [..."\u3000、。〃〈〉《》「」『』【】〔〕〜〝〞〓〰〽！＂＃％＆（）＊，－．／０１９：；？［］｛｝～｟｠"];

/** Deterministic pseudo-random words of Hangul syllables, ASCII letters, digits and punctuation, and CJK punctuation. */
function mixedWords(count: number): string[] {
  let seed = 12345;
  // A 32-bit linear congruential generator in exact integer arithmetic.
  const next = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return Math.floor((seed / 4294967296) * n);
  };
  const notesSyllables = [...new Set(readFileSync(NOTES_KO, "utf8").match(/[\uac00-\ud7a3]/g) ?? [])];
  const pick = (pool: string[]) => pool[next(pool.length)] ?? "";
  const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"];
  const digits = [..."0123456789"];
  const punctuation = [...".,:;!?()[]{}'\"-/%&+*#@<>=_~`^|\\$ "];
  const kinds = [
    () => pick(notesSyllables),
    () => String.fromCharCode(0xac00 + next(11172)),
    () => pick(letters),
    () => pick(digits),
    () => pick(punctuation),
    () => pick(cjkPunctuation),
    () => pick(otherPunctuation),
  ];
  const words = new Set<string>();
  while (words.size < count) {
    const length = 2 + next(7);
    let word = "";
    for (let i = 0; i < length; i++) word += (kinds[next(kinds.length)] as () => string)();
    words.add(word);
  }
  return [...words];
}

describe("pair kerning read from GPOS", () => {
  it("shapes every pair of printable ASCII characters exactly as fontkit does, in Noto Sans KR Regular and Bold", () => {
    const pairs = printable.flatMap((a) => printable.map((b) => a + b));
    expect(pairs).toHaveLength(95 * 95);
    for (const font of Object.values(fonts)) expectSameAsFontkit(font, pairs);
  });

  it("shapes words mixing Hangul, ASCII, CJK and other punctuation exactly as fontkit does", () => {
    const words = mixedWords(3000).concat(["했다.", "k6로", "40개", "만들고,", "eBPF와", "「한글」", "（AVATAR）", "To다", "다To", "P.S.한", "Story A — 클라우드 마이그레이션 (Cloud Migration)", "“따옴표”", "A→B"]);
    // Words fontkit takes for Latin, for Hangul (first of the two in the word), and for neither (digits and punctuation only).
    expect(new Set(words.map(wordScript))).toEqual(new Set(["latn", "hang", "zzzz"]));
    for (const font of Object.values(fonts)) expectSameAsFontkit(font, words);
  });

  it("gives each word the script fontkit gives it, and no script to characters it does not shape", () => {
    const singles = [...printable, ...cjkPunctuation, ...otherPunctuation, "가", "힣"];
    for (let code = 0xa0; code <= 0xff; code++) singles.push(String.fromCharCode(code));
    for (let code = 0x2000; code <= 0x206f; code++) singles.push(String.fromCharCode(code));
    for (let code = 0x2190; code <= 0x21ff; code++) singles.push(String.fromCharCode(code));
    for (let code = 0x3000; code <= 0x303f; code++) singles.push(String.fromCharCode(code));
    for (let code = 0xff01; code <= 0xff60; code++) singles.push(String.fromCharCode(code));
    for (const text of [...singles, ...mixedWords(300)]) {
      const script = wordScript(text);
      if (script !== undefined) expect({ text, script }).toEqual({ text, script: (fonts.regular.layout(text, { ...FEATURES }) as unknown as { script: string }).script });
    }
    // Han characters, Hangul tone marks, fullwidth letters, other scripts, a soft hyphen, a fraction slash: left to fontkit.
    for (const text of ["々", "〆々", "\u302e", "Ａ", "ｚ", "é", "ª", "한漢", "a\u00adb", "1\u20442", "\u200b"]) expect({ text, script: wordScript(text) }).toEqual({ text, script: undefined });
    expect(wordScript("〆")).toBe("zzzz");
  });

  it("reads class pair records from the font's bytes as fontkit decodes them", () => {
    const pairs = printable.flatMap((a) => printable.map((b) => a + b)).concat(mixedWords(500));
    for (const font of Object.values(fonts)) {
      // Without the font's bytes, the records are decoded by fontkit's table structures.
      const decoding = PairKerning.of(Object.create(font, { stream: { value: undefined } }));
      const reading = PairKerning.of(font);
      for (const text of pairs) expect({ text, run: reading?.shape(text) }).toEqual({ text, run: decoding?.shape(text) });
    }
  });

  it("reads the scripts and features of GSUB from the font's bytes as fontkit parses them", () => {
    for (const font of [...Object.values(fonts), ...systemFonts()]) expectScriptsAsParsed(font);
  });

  it("leaves to fontkit a Hangul syllable the font lacks, which fontkit's Hangul shaper would decompose", () => {
    const font = Object.create(fonts.regular, { glyphForCodePoint: { value: (code: number) => fonts.regular.glyphForCodePoint(code === 0xd7a3 ? 0xe000 : code) } });
    const kerning = PairKerning.of(font);
    expect(kerning?.shape("가나")).toBeDefined();
    expect(kerning?.shape("가힣")).toBeUndefined();
  });
});

/** The fonts of other makers on this machine, if it has them: DejaVu Sans and Liberation Serif, with GPOS kerning and GDEF classes. */
function systemFonts(): FontkitFont[] {
  const paths = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"];
  return paths.filter((path) => existsSync(path)).map((path) => fontkit().create(readFileSync(path)) as unknown as FontkitFont);
}

/** Asserts that GSUB's scripts and features read from the bytes are those fontkit parses. */
function expectScriptsAsParsed(font: FontkitFont): void {
  const tables = font as unknown as FontTables;
  const summary = (table: LayoutScripts | null | undefined) => ({
    scripts: table?.scriptList?.map((s) => [s.tag, s.script.defaultLangSys?.featureIndexes ?? null]),
    features: table?.featureList.map((f) => f.tag),
  });
  const read = substitutionScripts(tables);
  expect(read).not.toBe(tables.GSUB);
  expect(read?.featureList.length).toBeGreaterThan(0);
  expect(summary(read)).toEqual(summary(tables.GSUB));
}

/** Noto Sans KR Regular's tables with its kern lookup (GPOS lookup 1) replaced by `change` of it, and GSUB/GDEF as given. */
function changed(change: (lookup: Lookup) => Lookup, extra: Partial<FontTables> = {}): FontTables {
  const font = fonts.regular as unknown as FontTables;
  const gpos = font.GPOS as LayoutTable;
  const lookupList = { length: gpos.lookupList.length, get: (i: number) => (i === 1 ? change(gpos.lookupList.get(1) as Lookup) : gpos.lookupList.get(i)) };
  return { GSUB: font.GSUB, GPOS: { ...gpos, lookupList }, ...extra };
}

describe("what pair kerning leaves to fontkit", () => {
  it("reads Noto Sans KR's kerning as one lookup of pair positioning, for each script", () => {
    for (const script of ["latn", "hang", "zzzz"] as const) {
      const plan = kernPlan(fonts.regular as unknown as FontTables, script);
      expect(typeof plan === "string" ? plan : plan.lookups.map((subtables) => subtables.map((t) => [t.table.version, !!t.records]))).toEqual([[[1, false], [2, true]]]);
    }
  });

  it("refuses kerning that is not plain pairs of advances", () => {
    const type = (lookupType: number) => (lookup: Lookup): Lookup => ({ ...lookup, lookupType });
    expect(kernPlan(changed(type(8)), "latn")).toBe("GPOS lookup 1 of type 8");
    expect(kernPlan(changed(type(7)), "hang")).toBe("GPOS lookup 1 of type 7");
    const extension = (lookupType: number) => (lookup: Lookup): Lookup => ({ ...lookup, lookupType: 9, subTables: lookup.subTables.map((extension) => ({ lookupType, extension })) });
    expect(typeof kernPlan(changed(extension(2)), "latn")).toBe("object");
    expect(kernPlan(changed(extension(8)), "latn")).toBe("GPOS lookup 1 of type 8");
    const placing = (lookup: Lookup): Lookup => ({ ...lookup, subTables: lookup.subTables.map((t) => ({ ...(t as object), valueFormat2: { xPlacement: true, xAdvance: false } })) });
    expect(kernPlan(changed(placing), "latn")).toBe("GPOS lookup 1: value records with more than x advances");
    const device = (lookup: Lookup): Lookup => ({ ...lookup, subTables: lookup.subTables.map((t) => ({ ...(t as object), valueFormat1: { xAdvance: true, xAdvDevice: true } })) });
    expect(kernPlan(changed(device), "latn")).toBe("GPOS lookup 1: value records with more than x advances");
    const format3 = (lookup: Lookup): Lookup => ({ ...lookup, subTables: lookup.subTables.map((t) => ({ ...(t as object), version: 3 })) });
    expect(kernPlan(changed(format3), "latn")).toBe("GPOS lookup 1: pair positioning format 3");
  });

  it("refuses fonts where fontkit applies more than the kern feature, or kerns by other tables", () => {
    const same = (lookup: Lookup) => lookup;
    const font = fonts.regular as unknown as FontTables;
    const gsub = font.GSUB as LayoutTable;
    // GSUB's DFLT script with rvrn (font variations' substitutions) among its features.
    const withRvrn: LayoutTable = { ...gsub, featureList: gsub.featureList.map((record, i) => (i === 0 ? { ...record, tag: "rvrn" } : record)) };
    expect(kernPlan(changed(same, { GSUB: withRvrn }), "zzzz")).toBe("GSUB feature rvrn");
    expect(kernPlan(changed(same, { fvar: {} }), "latn")).toBe("font variations");
    expect(kernPlan(changed(same, { morx: {} }), "latn")).toBe("AAT morx table");
    expect(kernPlan({ GSUB: gsub }, "latn")).toBe("no GPOS table");
    // No kern feature in GPOS but an old kern table: fontkit kerns by that table.
    const gpos = font.GPOS as LayoutTable;
    const noKern: LayoutTable = { ...gpos, featureList: gpos.featureList.map((record) => (record.tag === "kern" ? { ...record, tag: "xxxx" } : record)) };
    expect(kernPlan({ GSUB: gsub, GPOS: noKern, kern: {} }, "latn")).toBe("kern table instead of GPOS kerning");
    expect(kernPlan({ GSUB: gsub, GPOS: noKern }, "latn")).toEqual({ lookups: [], skipsBases: false, skipsLigatures: false });
    expect(kernPlan({ GSUB: gsub, GPOS: { ...gpos, scriptList: [] } }, "latn")).toBe("no GPOS script");
  });

  it("leaves to fontkit the words with a glyph a kern lookup skips, and shapes the others", () => {
    const skipping = (lookup: Lookup): Lookup => ({ ...lookup, flags: { ...lookup.flags, flags: { ...lookup.flags.flags, ignoreBaseGlyphs: true } } });
    const tables = changed(skipping);
    const font = Object.create(fonts.regular, Object.fromEntries(Object.entries(tables).map(([key, value]) => [key, { value }])));
    // Without GDEF every glyph is a base: nothing is shaped here.
    expect(PairKerning.of(font)?.shape("AV")).toBeUndefined();
    // With GDEF classes, a glyph of class 0 is never skipped, one of class 1 is.
    const V = fonts.regular.glyphForCodePoint(0x56).id;
    const classes = { version: 2, classRangeRecord: [{ start: V, end: V, class: 1 }] };
    const withGdef = Object.create(font, { GDEF: { value: { glyphClassDef: classes } } });
    expect(PairKerning.of(withGdef)?.shape("TA")).toBeDefined();
    expect(PairKerning.of(withGdef)?.shape("AV")).toBeUndefined();
    // A mark (class 3), whose advance fontkit's default shaper zeroes.
    const marked = Object.create(fonts.regular, { GDEF: { value: { glyphClassDef: { version: 2, classRangeRecord: [{ start: V, end: V, class: 3 }] } } } });
    expect(PairKerning.of(marked)?.shape("TA")).toBeDefined();
    expect(PairKerning.of(marked)?.shape("AV")).toBeUndefined();
  });

  // Fonts of other makers, when the machine has them: their GPOS kerning (with GDEF classes) read as fontkit reads it.
  const system = systemFonts();
  it.runIf(system.length > 0)("shapes ASCII pairs exactly as fontkit does in other fonts with GPOS kerning", () => {
    for (const font of system) {
      expect((font as unknown as FontTables).GDEF).toBeTruthy();
      expectSameAsFontkit(font, printable.flatMap((a) => printable.map((b) => a + b)).concat(["AVATAR", "Type", "L'Ty"]));
    }
  });
});
