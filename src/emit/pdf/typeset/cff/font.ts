/** The parts of a CID-keyed CFF table a subset copies, located in the table bytes. */
import { byteAt, dictValues, parseDict, readIndex, readUint, type CffIndex, type DictEntry } from "./read.js";
import { Op } from "./serialize.js";

/** One Font DICT of the FDArray with its Private DICT and its local Subr INDEX. */
export interface FontDict {
  readonly entries: readonly DictEntry[];
  readonly privateEntries: readonly DictEntry[];
  readonly subrs: CffIndex | undefined;
}

/** A parsed CID-keyed CFF: raw INDEX bytes to copy, the Top DICT, charstrings and FD lookup. */
export interface CidCff {
  /** The table bytes every INDEX span points into. */
  readonly bytes: Uint8Array;
  readonly version: readonly [number, number];
  readonly nameIndex: Uint8Array;
  readonly topDict: readonly DictEntry[];
  readonly stringIndex: Uint8Array;
  readonly globalSubrs: CffIndex;
  readonly charStrings: CffIndex;
  readonly fontDicts: readonly FontDict[];
  /** Returns the FDArray index of glyph `gid`. */
  fdOf(gid: number): number;
}

/** Returns the table parsed, or undefined when it is not a CID-keyed CFF (version 1). */
export function readCidCff(table: Uint8Array): CidCff | undefined {
  if (byteAt(table, 0) !== 1) return undefined;
  const names = readIndex(table, byteAt(table, 2));
  const tops = readIndex(table, names.end);
  if (tops.count !== 1) return undefined;
  const topDict = parseDict(tops.item(0));
  const strings = readIndex(table, tops.end);
  const globals = readIndex(table, strings.end);
  const charStringsAt = dictValues(topDict, Op.charStrings)?.[0];
  const fdArrayAt = dictValues(topDict, Op.fdArray)?.[0];
  const fdSelectAt = dictValues(topDict, Op.fdSelect)?.[0];
  if (!dictValues(topDict, Op.ros) || charStringsAt === undefined || fdArrayAt === undefined || fdSelectAt === undefined) return undefined;
  const charStrings = readIndex(table, charStringsAt);
  const fdArray = readIndex(table, fdArrayAt);
  const fontDicts = Array.from({ length: fdArray.count }, (_, i) => readFontDict(table, fdArray.item(i)));
  return {
    bytes: table,
    version: [byteAt(table, 0), byteAt(table, 1)],
    nameIndex: table.subarray(names.start, names.end),
    topDict,
    stringIndex: table.subarray(strings.start, strings.end),
    globalSubrs: globals,
    charStrings,
    fontDicts,
    fdOf: fdSelector(table, fdSelectAt, charStrings.count),
  };
}

function readFontDict(table: Uint8Array, dict: Uint8Array): FontDict {
  const entries = parseDict(dict);
  const [size, offset] = dictValues(entries, Op.private) ?? [0, 0];
  if (size === undefined || offset === undefined) throw new Error("CFF Font DICT has a malformed Private entry");
  const privateEntries = parseDict(table.subarray(offset, offset + size));
  const subrsAt = dictValues(privateEntries, Op.subrs)?.[0];
  if (subrsAt === undefined) return { entries, privateEntries, subrs: undefined };
  return { entries, privateEntries, subrs: readIndex(table, offset + subrsAt) };
}

// FDSelect format 0 is one byte per glyph; format 3 is sorted ranges [first: u16, fd: u8] ended by a sentinel.
function fdSelector(table: Uint8Array, at: number, glyphs: number): (gid: number) => number {
  const format = byteAt(table, at);
  if (format === 0) return (gid) => byteAt(table, at + 1 + gid);
  if (format !== 3) throw new Error(`Unsupported CFF FDSelect format ${format}`);
  const ranges = readUint(table, at + 1, 2);
  const first = (r: number) => readUint(table, at + 3 + r * 3, 2);
  return (gid) => {
    if (gid < 0 || gid >= glyphs) throw new Error(`Glyph ${gid} out of range (${glyphs})`);
    let lo = 0;
    let hi = ranges - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first(mid) <= gid) lo = mid;
      else hi = mid - 1;
    }
    return byteAt(table, at + 3 + lo * 3 + 2);
  };
}
