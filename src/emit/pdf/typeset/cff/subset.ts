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
    return encodeCidSubset(this.cff, this.glyphs);
  }
}

/** Returns a new subset of the font when its outlines are a CID-keyed CFF, or undefined for any other font. */
export function cidCffSubset(font: object): CffSubset | undefined {
  const table = cffTableBytes(font);
  const cff = table && readCidCff(table);
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
