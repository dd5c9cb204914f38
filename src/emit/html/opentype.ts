/**
 * A small OpenType font holding only the characters a page uses, for `@font-face`: the CFF
 * outlines come from the same subsetter that embeds fonts in the PDFs, and the other tables
 * (head, hhea, hmtx, maxp, OS/2, name, post, cmap) are copied from the source font or rebuilt for
 * the new glyph order. Layout tables (GSUB, GPOS) are left out: Hangul and Latin need no
 * substitution, and the page loses only kerning. A few milliseconds a face, where a full
 * HarfBuzz subset of the 4.5 MB font took about a hundred.
 */
import { encodeCidSubset } from "../pdf/typeset/cff/encode.js";
import { readCidCff } from "../pdf/typeset/cff/font.js";

/** The source font's bytes and the glyph its cmap gives a code point (0: none). */
export interface SourceFont {
  bytes: Uint8Array;
  glyphOf(codePoint: number): number;
}

/** Returns an OpenType (CFF) font with glyph 0 and the glyphs of `codePoints` that the source font has; throws when the font is not a CID-keyed CFF OpenType font. */
export function subsetOpenType(source: SourceFont, codePoints: Iterable<number>): Uint8Array {
  const tables = tableDirectory(source.bytes);
  const cff = readCidCff(tables.get("CFF ") ?? new Uint8Array());
  if (!cff) throw new Error("The font's outlines are not a CID-keyed CFF table");
  const glyphs = [0];
  const newGlyph = new Map<number, number>([[0, 0]]);
  const mapping: [number, number][] = [];
  for (const codePoint of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const gid = source.glyphOf(codePoint);
    if (gid <= 0 || gid >= cff.charStrings.count) continue;
    let index = newGlyph.get(gid);
    if (index === undefined) {
      index = glyphs.push(gid) - 1;
      newGlyph.set(gid, index);
    }
    mapping.push([codePoint, index]);
  }
  const out = new Map<string, Uint8Array>([
    ["CFF ", encodeCidSubset(cff, glyphs)],
    ["OS/2", required(tables, "OS/2")],
    ["cmap", cmapTable(mapping)],
    ["head", headTable(required(tables, "head"))],
    ["hhea", hheaTable(required(tables, "hhea"), glyphs.length)],
    ["hmtx", hmtxTable(required(tables, "hmtx"), required(tables, "hhea"), glyphs)],
    ["maxp", maxpTable(glyphs.length)],
    ["name", required(tables, "name")],
    ["post", postTable(required(tables, "post"))],
  ]);
  return sfnt(out);
}

function required(tables: Map<string, Uint8Array>, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`The font has no '${tag}' table`);
  return table;
}

/** Returns the font's tables by tag, as views of its bytes. */
function tableDirectory(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = dataView(bytes);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(bytes[record] ?? 0, bytes[record + 1] ?? 0, bytes[record + 2] ?? 0, bytes[record + 3] ?? 0);
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length <= bytes.length) tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function copy(table: Uint8Array, length = table.length): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(length);
  bytes.set(table.subarray(0, length));
  return { bytes, view: dataView(bytes) };
}

/** head with checkSumAdjustment zeroed (set once the whole font is written). */
function headTable(head: Uint8Array): Uint8Array {
  const { bytes, view } = copy(head);
  view.setUint32(8, 0);
  return bytes;
}

/** hhea with one full horizontal metric per glyph. */
function hheaTable(hhea: Uint8Array, glyphs: number): Uint8Array {
  const { bytes, view } = copy(hhea);
  view.setUint16(34, glyphs);
  return bytes;
}

/** hmtx of the kept glyphs in their new order, each with its advance and left side bearing. */
function hmtxTable(hmtx: Uint8Array, hhea: Uint8Array, glyphs: readonly number[]): Uint8Array {
  const source = dataView(hmtx);
  const metrics = dataView(hhea).getUint16(34);
  const { bytes, view } = copy(new Uint8Array(glyphs.length * 4));
  glyphs.forEach((gid, i) => {
    const advance = source.getUint16(4 * Math.min(gid, metrics - 1));
    const bearing = gid < metrics ? source.getInt16(4 * gid + 2) : source.getInt16(4 * metrics + 2 * (gid - metrics));
    view.setUint16(4 * i, advance);
    view.setInt16(4 * i + 2, bearing);
  });
  return bytes;
}

/** maxp version 0.5, the version for CFF outlines: just the glyph count. */
function maxpTable(glyphs: number): Uint8Array {
  const { bytes, view } = copy(new Uint8Array(6));
  view.setUint32(0, 0x00005000);
  view.setUint16(4, glyphs);
  return bytes;
}

/** post version 3: the source's header without glyph names (CFF fonts carry their own). */
function postTable(post: Uint8Array): Uint8Array {
  const { bytes, view } = copy(post, 32);
  view.setUint32(0, 0x00030000);
  return bytes;
}

/** cmap with a format 4 subtable for the Basic Multilingual Plane (when it fits its 64 KB) and a format 12 subtable for all of Unicode. */
function cmapTable(mapping: readonly [number, number][]): Uint8Array {
  const groups = runsOf(mapping);
  const bmp = groups.filter((g) => g.last <= 0xfffe);
  const format4 = bmp.length + 1 <= 8000 ? cmapFormat4(bmp) : undefined;
  const format12 = cmapFormat12(groups);
  const subtables: { platform: number; encoding: number; table: Uint8Array }[] = [];
  if (format4) subtables.push({ platform: 0, encoding: 3, table: format4 });
  subtables.push({ platform: 0, encoding: 4, table: format12 });
  if (format4) subtables.push({ platform: 3, encoding: 1, table: format4 });
  subtables.push({ platform: 3, encoding: 10, table: format12 });
  const unique = [...new Set(subtables.map((s) => s.table))];
  const headerSize = 4 + subtables.length * 8;
  const offsets = new Map<Uint8Array, number>();
  let size = headerSize;
  for (const table of unique) {
    offsets.set(table, size);
    size += table.length;
  }
  const { bytes, view } = copy(new Uint8Array(size));
  view.setUint16(2, subtables.length);
  subtables.forEach((s, i) => {
    view.setUint16(4 + i * 8, s.platform);
    view.setUint16(6 + i * 8, s.encoding);
    view.setUint32(8 + i * 8, offsets.get(s.table) ?? 0);
  });
  for (const table of unique) bytes.set(table, offsets.get(table) ?? 0);
  return bytes;
}

interface Run {
  first: number;
  last: number;
  glyph: number;
}

/** Groups consecutive code points that map to consecutive glyphs. */
function runsOf(mapping: readonly [number, number][]): Run[] {
  const runs: Run[] = [];
  for (const [codePoint, glyph] of mapping) {
    const last = runs.at(-1);
    if (last && codePoint === last.last + 1 && glyph === last.glyph + (codePoint - last.first)) last.last = codePoint;
    else runs.push({ first: codePoint, last: codePoint, glyph });
  }
  return runs;
}

function cmapFormat4(runs: readonly Run[]): Uint8Array {
  const segments = [...runs, { first: 0xffff, last: 0xffff, glyph: 1 }];
  const count = segments.length;
  const { bytes, view } = copy(new Uint8Array(16 + count * 8));
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint16(0, 4);
  view.setUint16(2, bytes.length);
  view.setUint16(6, count * 2);
  view.setUint16(8, power * 2);
  view.setUint16(10, Math.log2(power));
  view.setUint16(12, count * 2 - power * 2);
  segments.forEach((s, i) => {
    view.setUint16(14 + i * 2, s.last);
    view.setUint16(16 + count * 2 + i * 2, s.first);
    view.setUint16(16 + count * 4 + i * 2, (s.glyph - s.first + 0x10000) & 0xffff);
    view.setUint16(16 + count * 6 + i * 2, 0);
  });
  return bytes;
}

function cmapFormat12(runs: readonly Run[]): Uint8Array {
  const { bytes, view } = copy(new Uint8Array(16 + runs.length * 12));
  view.setUint16(0, 12);
  view.setUint32(4, bytes.length);
  view.setUint32(12, runs.length);
  runs.forEach((r, i) => {
    view.setUint32(16 + i * 12, r.first);
    view.setUint32(20 + i * 12, r.last);
    view.setUint32(24 + i * 12, r.glyph);
  });
  return bytes;
}

/** Writes the tables (tags in ascending order) as an OpenType file with CFF outlines, checksums and head's checkSumAdjustment set. */
function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const padded = (n: number) => (n + 3) & ~3;
  let size = 12 + tags.length * 16;
  const offsets = tags.map((tag) => {
    const at = size;
    size += padded(tables.get(tag)?.length ?? 0);
    return at;
  });
  const { bytes, view } = copy(new Uint8Array(size));
  const power = 2 ** Math.floor(Math.log2(tags.length));
  view.setUint32(0, 0x4f54544f); // 'OTTO'
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, tags.length * 16 - power * 16);
  let headAt = 0;
  tags.forEach((tag, i) => {
    const table = tables.get(tag) ?? new Uint8Array();
    const at = offsets[i] ?? 0;
    bytes.set(table, at);
    for (let c = 0; c < 4; c++) view.setUint8(12 + i * 16 + c, tag.charCodeAt(c));
    view.setUint32(12 + i * 16 + 4, checksum(bytes, at, table.length));
    view.setUint32(12 + i * 16 + 8, at);
    view.setUint32(12 + i * 16 + 12, table.length);
    if (tag === "head") headAt = at;
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(bytes, 0, bytes.length)) >>> 0);
  return bytes;
}

function checksum(bytes: Uint8Array, at: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 4) {
    const word = ((bytes[at + i] ?? 0) << 24) | ((bytes[at + i + 1] ?? 0) << 16) | ((bytes[at + i + 2] ?? 0) << 8) | (bytes[at + i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}
