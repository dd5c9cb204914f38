/** A glyph subset of a CID-keyed CFF font with the interface pdfkit's EmbeddedFont calls. */
import { createHash } from "node:crypto";
import { encodeCidSubset } from "./encode.js";
import { readCidCff, type CidCff } from "./font.js";

/** Collects glyphs in first-use order (glyph 0 first) and writes them as a CFF font program. */
export class CffSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  /** `cff` is the parsed source font; pdfkit only checks that it is set, to mark the font file CIDFontType0C. */
  constructor(readonly cff: CidCff) {
    this.includeGlyph(0);
  }

  /** Returns the glyph's id in the subset, which is also its CID, adding it on first use. */
  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === "number" ? glyph : glyph.id;
    let index = this.mapping.get(gid);
    if (index === undefined) {
      index = this.glyphs.push(gid) - 1;
      this.mapping.set(gid, index);
    }
    return index;
  }

  /** Returns the subset's six-letter tag (PDF 32000-1, 9.6.4): derived from its glyph set, so different subsets get different tags. */
  tag(): string {
    const hash = createHash("sha256").update(Uint32Array.from([...this.glyphs].sort((a, b) => a - b))).digest();
    return Array.from(hash.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join("");
  }

  /** Returns the subset's CFF bytes (FontFile3 with Subtype CIDFontType0C). */
  encode(): Uint8Array {
    return encodedSubset(this.cff, this.glyphs);
  }
}

/**
 * Subsets written lately, per source font, by their glyph lists: `build --watch` writes each
 * product's PDF again after every edit, mostly with the same glyphs in the same order.
 */
const written = new WeakMap<CidCff, Map<string, Uint8Array>>();
const KEPT_PER_FONT = 12;

function encodedSubset(cff: CidCff, glyphs: readonly number[]): Uint8Array {
  let subsets = written.get(cff);
  if (!subsets) written.set(cff, (subsets = new Map()));
  const key = glyphs.join(",");
  let bytes = subsets.get(key);
  if (bytes) {
    subsets.delete(key); // most recently used last
  } else {
    bytes = encodeCidSubset(cff, glyphs);
    if (subsets.size >= KEPT_PER_FONT) subsets.delete(subsets.keys().next().value as string);
  }
  subsets.set(key, bytes);
  return bytes;
}

/** Each font's CFF as read (null: not a CID-keyed CFF), read once per process: the font's bytes do not change. */
const parsed = new WeakMap<object, CidCff | null>();

/** Returns a new subset of the font when its outlines are a CID-keyed CFF, or undefined for any other font. */
export function cidCffSubset(font: object): CffSubset | undefined {
  let cff = parsed.get(font);
  if (cff === undefined) {
    const table = cffTableBytes(font);
    cff = (table && readCidCff(table)) || null;
    parsed.set(font, cff);
  }
  return cff ? new CffSubset(cff) : undefined;
}

/** Returns the bytes of the font's 'CFF ' table, from fontkit's file buffer and table directory. */
export function cffTableBytes(font: object): Uint8Array | undefined {
  const buffer = field(field(font, "stream"), "buffer");
  const entry = field(field(field(font, "directory"), "tables"), "CFF ");
  const offset = field(entry, "offset");
  const length = field(entry, "length");
  if (!(buffer instanceof Uint8Array) || typeof offset !== "number" || typeof length !== "number") return undefined;
  if (offset + length > buffer.length) return undefined;
  return buffer.subarray(offset, offset + length);
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined;
}
