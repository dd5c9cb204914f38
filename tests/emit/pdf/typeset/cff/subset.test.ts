import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readCidCff, type CidCff } from "../../../../../src/emit/pdf/typeset/cff/font.js";
import { byteAt, readUint, type CffIndex, type DictEntry } from "../../../../../src/emit/pdf/typeset/cff/read.js";
import { CffSubset, cffTableBytes, cidCffSubset } from "../../../../../src/emit/pdf/typeset/cff/subset.js";
import { Op } from "../../../../../src/emit/pdf/typeset/cff/serialize.js";
import { defaultFontPaths } from "../../../../../src/emit/pdf/typeset/fonts.js";
import { shapingView } from "../../../../../src/emit/pdf/typeset/shaping.js";
import { fontkit } from "../../../../../src/emit/pdf/typeset/modules.js";

const font = openFont(defaultFontPaths().regular);
const table = cffTableBytes(font);
const original = table && readCidCff(table);
if (!original) throw new Error("Noto Sans KR should be a CID-keyed CFF");

function openFont(path: string) {
  const opened = fontkit().openSync(path);
  if (!("layout" in opened)) throw new Error("not a single font");
  return opened;
}

// Hangul, Latin, digits, punctuation and a CJK ideograph: glyphs from several FDs.
const TEXT = "면접 준비 Leadership, 2024年 (STAR) — 결과: 30% 절감!";
const glyphIds = [...new Set(Array.from(TEXT, (c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0).id))];

function subsetOf(ids: readonly number[]): { subset: CffSubset; parsed: CidCff; bytes: Uint8Array } {
  const subset = new CffSubset(original as CidCff);
  for (const id of ids) subset.includeGlyph(id);
  const bytes = subset.encode();
  const parsed = readCidCff(bytes);
  if (!parsed) throw new Error("subset does not parse as a CID-keyed CFF");
  return { subset, parsed, bytes };
}

// The original table is a Buffer view and the subset a plain Uint8Array: compare both as Buffers.
const buf = (b: Uint8Array | undefined) => b && Buffer.from(b.buffer, b.byteOffset, b.length);
// fontkit's own charstring interpreter records the subrs a glyph's outline called.
function outlineOf(gid: number): { subrs: object; gsubrs: object } {
  const glyph = font.getGlyph(gid);
  void glyph.path;
  return { subrs: Reflect.get(glyph, "_usedSubrs") ?? {}, gsubrs: Reflect.get(glyph, "_usedGsubrs") ?? {} };
}

function expectPruned(mine: CffIndex, theirs: CffIndex, used: ReadonlySet<number>): void {
  for (let i = 0; i < theirs.count; i++) {
    if (used.has(i)) expect(buf(mine.item(i))).toEqual(buf(theirs.item(i)));
    else expect([buf(theirs.item(i)), Buffer.from([11])]).toContainEqual(buf(mine.item(i)));
  }
}

const raw = (entries: readonly DictEntry[], skip: number) => entries.filter((e) => e.op !== skip).map((e) => [e.op, ...e.raw]);

describe("CID-keyed CFF subset", () => {
  it("numbers glyphs in first-use order after .notdef and keeps repeated glyphs once", () => {
    const subset = new CffSubset(original);
    const first = glyphIds[0] ?? 0;
    expect(subset.includeGlyph(first)).toBe(1);
    expect(subset.includeGlyph({ id: 777 })).toBe(2);
    expect(subset.includeGlyph(first)).toBe(1);
    expect(subset.includeGlyph(0)).toBe(0);
  });

  it("writes a header, copied Name/String/Global Subr INDEXes and every charstring unchanged", () => {
    const { parsed, bytes } = subsetOf(glyphIds);
    expect([...bytes.subarray(0, 4)]).toEqual([1, 0, 4, 4]);
    expect(buf(parsed.nameIndex)).toEqual(buf(original.nameIndex));
    expect(buf(parsed.stringIndex)).toEqual(buf(original.stringIndex));
    expect(parsed.globalSubrs.count).toBe(original.globalSubrs.count);
    const ids = [0, ...glyphIds];
    expect(parsed.charStrings.count).toBe(ids.length);
    ids.forEach((gid, i) => expect(buf(parsed.charStrings.item(i))).toEqual(buf(original.charStrings.item(gid))));
  });

  it("keeps the Top DICT's other entries and sets CIDCount and an identity charset", () => {
    const { parsed, bytes } = subsetOf(glyphIds);
    const n = glyphIds.length + 1;
    expect(parsed.topDict[0]?.op).toBe(Op.ros);
    expect(parsed.topDict.find((e) => e.op === Op.cidCount)?.values).toEqual([n]);
    const rewritten: number[] = [Op.charset, Op.charStrings, Op.cidCount, Op.fdArray, Op.fdSelect];
    const kept = (d: readonly DictEntry[]) => d.filter((e) => !rewritten.includes(e.op)).map((e) => [e.op, ...e.raw]);
    expect(kept(parsed.topDict)).toEqual(kept(original.topDict));
    const charsetAt = parsed.topDict.find((e) => e.op === Op.charset)?.values[0] ?? -1;
    expect([byteAt(bytes, charsetAt), readUint(bytes, charsetAt + 1, 2), readUint(bytes, charsetAt + 3, 2)]).toEqual([2, 1, n - 2]);
  });

  it("maps each glyph to a renumbered FD whose Font DICT, Private DICT and local subrs are the original's", () => {
    const ids = [0, ...glyphIds];
    const { parsed } = subsetOf(glyphIds);
    const usedFds = new Set(ids.map((gid) => original.fdOf(gid)));
    expect(usedFds.size).toBeGreaterThan(2);
    expect(parsed.fontDicts.length).toBe(usedFds.size);
    const pairs = new Set(ids.map((gid, i) => `${parsed.fdOf(i)}:${original.fdOf(gid)}`));
    expect(pairs.size).toBe(usedFds.size);
    for (const pair of pairs) {
      const [mine, theirs] = pair.split(":").map((fd, k) => (k === 0 ? parsed : original).fontDicts[Number(fd)]);
      expect(mine?.subrs?.count).toBe(theirs?.subrs?.count);
      expect(raw(mine?.privateEntries ?? [], Op.subrs)).toEqual(raw(theirs?.privateEntries ?? [], Op.subrs));
      expect(raw(mine?.entries ?? [], Op.private)).toEqual(raw(theirs?.entries ?? [], Op.private));
    }
  });

  it("keeps every subr fontkit's outline reader calls for the kept glyphs, and shrinks the others to `return`", () => {
    const ids = [0, ...glyphIds];
    const { parsed } = subsetOf(glyphIds);
    const usedGlobal = new Set<number>();
    for (const gid of ids) for (const n of Object.keys(outlineOf(gid).gsubrs)) usedGlobal.add(Number(n));
    expect(usedGlobal.size).toBeGreaterThan(0);
    expectPruned(parsed.globalSubrs, original.globalSubrs, usedGlobal);
    ids.forEach((gid, i) => {
      const used = new Set(Object.keys(outlineOf(gid).subrs).map(Number));
      const mine = parsed.fontDicts[parsed.fdOf(i)]?.subrs;
      const theirs = original.fontDicts[original.fdOf(gid)]?.subrs;
      if (mine && theirs) for (const n of used) expect(buf(mine.item(n))).toEqual(buf(theirs.item(n)));
      else expect(used.size).toBe(0);
    });
  });

  it("ends exactly after the last local Subr INDEX", () => {
    const { parsed, bytes } = subsetOf(glyphIds);
    expect(parsed.fontDicts.at(-1)?.subrs?.end).toBe(bytes.length);
  });

  it("writes .notdef alone when no glyph was used", () => {
    const { parsed } = subsetOf([]);
    expect(parsed.charStrings.count).toBe(1);
    expect(parsed.fontDicts.length).toBe(1);
  });

  it("is only offered for CFF fonts", () => {
    expect(cidCffSubset({})).toBeUndefined();
    expect(cidCffSubset(font)).toBeInstanceOf(CffSubset);
  });

  it("is what the shaping view hands pdfkit for CFF fonts, while TrueType fonts keep fontkit's subset", () => {
    const subsetFrom = (f: object) => {
      const make: unknown = Reflect.get(shapingView(f as typeof font), "createSubset");
      return typeof make === "function" ? make() : undefined;
    };
    expect(subsetFrom(font)).toBeInstanceOf(CffSubset);
    const trueType = openFont(createRequire(import.meta.url).resolve("pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf"));
    const fallback = subsetFrom(trueType);
    expect(fallback).not.toBeInstanceOf(CffSubset);
    expect(typeof Reflect.get(fallback, "encode")).toBe("function");
  });
});

describe("subsets written again (build --watch)", () => {
  it("gives the same bytes for the same glyphs, whatever was written between", () => {
    const reversed = [...glyphIds].reverse();
    const first = Buffer.from(subsetOf(glyphIds).bytes);
    const other = Buffer.from(subsetOf(reversed).bytes);
    expect(other.equals(first)).toBe(false); // another order is another subset
    expect(Buffer.from(subsetOf(glyphIds).bytes).equals(first)).toBe(true);
    for (let i = 0; i < 20; i++) subsetOf(glyphIds.slice(i));
    expect(Buffer.from(subsetOf(glyphIds).bytes).equals(first)).toBe(true);
    expect(Buffer.from(subsetOf(reversed).bytes).equals(other)).toBe(true);
  });

  it("reads each font's CFF once", () => {
    const a = cidCffSubset(font);
    const b = cidCffSubset(font);
    expect(a && b && a.cff === b.cff).toBe(true);
  });
});
