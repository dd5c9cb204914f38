/**
 * Writes a CID-keyed CFF holding only the given glyphs. Charstrings are copied byte for byte.
 * The Global Subr INDEX and each used FD's local Subr INDEX keep their subr counts, and with
 * them the biases the charstrings rely on; subrs no kept glyph calls shrink to a bare `return`.
 */
import type { CidCff, FontDict } from "./font.js";
import type { CffIndex, DictEntry } from "./read.js";
import { usedSubrs } from "./subrs.js";
import { encodeDict, encodeIndex, indexSize, Op, type DictOut } from "./serialize.js";

// Top DICT entries the subset rewrites; every other entry is copied as it was.
const REWRITTEN = new Set<number>([Op.ros, Op.charset, Op.encoding, Op.charStrings, Op.private, Op.cidCount, Op.fdArray, Op.fdSelect]);

/** Returns the subset CFF: new glyph i is `glyphs[i]` of the original, and its CID is i. */
export function encodeCidSubset(cff: CidCff, glyphs: readonly number[]): Uint8Array {
  const { fds, fdOfGlyph } = usedFontDicts(cff, glyphs);
  const { globalSubrs, localSubrs } = prunedSubrs(cff, glyphs, fds, fdOfGlyph);
  const charset = glyphs.length > 1 ? [2, 0, 1, (glyphs.length - 2) >> 8, (glyphs.length - 2) & 0xff] : [0];
  const fdSelect = encodeFdSelect(fdOfGlyph);
  const charStrings = encodeIndex(glyphs.map((gid) => cff.charStrings.item(gid)));
  const privates = fds.map((fd, i) => privateBlock(fd, localSubrs[i]));
  const topDict = (at: TopOffsets) => encodeDict(topEntries(cff.topDict, glyphs.length, at));
  const topSize = indexSize([topDict({ charset: 0, fdSelect: 0, charStrings: 0, fdArray: 0 }).length]);
  const charsetAt = 4 + cff.nameIndex.length + topSize + cff.stringIndex.length + globalSubrs.length;
  const at: TopOffsets = { charset: charsetAt, fdSelect: charsetAt + charset.length, charStrings: 0, fdArray: 0 };
  at.charStrings = at.fdSelect + fdSelect.length;
  at.fdArray = at.charStrings + charStrings.length;
  let privateAt = at.fdArray + indexSize(fds.map((fd) => fontDict(fd.entries, 0, 0).length));
  const fontDicts = fds.map((fd, i) => {
    const block = privates[i] ?? { dict: new Uint8Array(), size: 0 };
    const dict = fontDict(fd.entries, block.dict.length, privateAt);
    privateAt += block.size;
    return dict;
  });
  const header = Uint8Array.from([cff.version[0], cff.version[1], 4, 4]);
  const parts = [header, cff.nameIndex, encodeIndex([topDict(at)]), cff.stringIndex, globalSubrs];
  parts.push(Uint8Array.from(charset), fdSelect, charStrings, encodeIndex(fontDicts));
  for (const p of privates) parts.push(p.dict, p.subrs ?? new Uint8Array());
  return concat(parts);
}

// The glyphs of each used FD are walked with that FD's local subrs; the global subrs serve all of them.
function prunedSubrs(cff: CidCff, glyphs: readonly number[], fds: readonly FontDict[], fdOfGlyph: readonly number[]) {
  const globalsUsed = new Set<number>();
  const localSubrs = fds.map((fd, i) => {
    const own = glyphs.filter((_, g) => fdOfGlyph[g] === i).map((gid) => cff.charStrings.span(gid));
    const used = usedSubrs(cff.bytes, own, cff.globalSubrs, fd.subrs, { global: globalsUsed, local: new Set() });
    return fd.subrs && pruned(fd.subrs, used.local);
  });
  return { globalSubrs: pruned(cff.globalSubrs, globalsUsed), localSubrs };
}

interface TopOffsets {
  charset: number;
  fdSelect: number;
  charStrings: number;
  fdArray: number;
}

function usedFontDicts(cff: CidCff, glyphs: readonly number[]): { fds: FontDict[]; fdOfGlyph: number[] } {
  const renumbered = new Map<number, number>();
  const fds: FontDict[] = [];
  const fdOfGlyph = glyphs.map((gid) => {
    const fd = cff.fdOf(gid);
    let index = renumbered.get(fd);
    if (index === undefined) {
      const dict = cff.fontDicts[fd];
      if (!dict) throw new Error(`CFF FDSelect names FD ${fd}, past the FDArray`);
      index = fds.push(dict) - 1;
      renumbered.set(fd, index);
    }
    return index;
  });
  return { fds, fdOfGlyph };
}

function topEntries(original: readonly DictEntry[], glyphCount: number, at: TopOffsets): DictOut[] {
  const ros = original.find((e) => e.op === Op.ros);
  const kept = original.filter((e) => !REWRITTEN.has(e.op));
  return [
    ...(ros ? [ros] : []),
    ...kept,
    { op: Op.cidCount, ints: [glyphCount] },
    { op: Op.charset, ints: [at.charset] },
    { op: Op.fdSelect, ints: [at.fdSelect] },
    { op: Op.charStrings, ints: [at.charStrings] },
    { op: Op.fdArray, ints: [at.fdArray] },
  ];
}

function fontDict(entries: readonly DictEntry[], privateSize: number, privateAt: number): Uint8Array {
  return encodeDict([...entries.filter((e) => e.op !== Op.private), { op: Op.private, ints: [privateSize, privateAt] }]);
}

// The Private DICT with its Subrs offset pointing just past itself, followed by the local Subr INDEX.
function privateBlock(fd: FontDict, subrs: Uint8Array | undefined): { dict: Uint8Array; subrs?: Uint8Array; size: number } {
  const others = fd.privateEntries.filter((e) => e.op !== Op.subrs);
  if (!subrs) {
    const dict = encodeDict(others);
    return { dict, size: dict.length };
  }
  const subrsEntrySize = 6;
  const dict = encodeDict([...others, { op: Op.subrs, ints: [encodeDict(others).length + subrsEntrySize] }]);
  return { dict, subrs, size: dict.length + subrs.length };
}

const RETURN = Uint8Array.from([11]);

// The same number of subrs, those not in `used` replaced by `return`.
function pruned(subrs: CffIndex, used: ReadonlySet<number>): Uint8Array {
  return encodeIndex(Array.from({ length: subrs.count }, (_, i) => (used.has(i) ? subrs.item(i) : RETURN)));
}

// FDSelect format 3: one range per run of glyphs sharing an FD, then the sentinel (the glyph count).
function encodeFdSelect(fdOfGlyph: readonly number[]): Uint8Array {
  const ranges: number[] = [];
  fdOfGlyph.forEach((fd, gid) => {
    if (gid === 0 || fd !== fdOfGlyph[gid - 1]) ranges.push(gid >> 8, gid & 0xff, fd);
  });
  const count = ranges.length / 3;
  const n = fdOfGlyph.length;
  return Uint8Array.from([3, count >> 8, count & 0xff, ...ranges, n >> 8, n & 0xff]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let pos = 0;
  for (const p of parts) {
    out.set(p, pos);
    pos += p.length;
  }
  return out;
}
