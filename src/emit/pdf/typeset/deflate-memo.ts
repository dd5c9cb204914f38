/// <reference types="pdfkit" />
/**
 * Compressed streams remembered by their content. A rebuild of `--watch` writes most streams as the
 * last build did — the font subsets while no new character appears, the pages the edit did not
 * touch — and compressing them is most of what ending a document costs. The bytes are zlib's own
 * for the same input, so the PDF is the same.
 */
import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";

/** Documents a stream not written again is kept through: the products of two builds. */
const KEPT_DOCUMENTS = 6;

/**
 * The compressed bytes of streams met lately: those of the last `KEPT_DOCUMENTS` documents, and at
 * most `limit` bytes (the least lately used go first).
 */
export class DeflateMemo {
  private readonly kept = new Map<string, { bytes: Uint8Array; used: number }>();
  private bytes = 0;
  private document = 0;

  /** `limit`: compressed bytes kept at most. */
  constructor(private readonly limit: number) {}

  /** Starts a document: forgets the streams none of the last `KEPT_DOCUMENTS` documents wrote. */
  startDocument(): void {
    this.document += 1;
    for (const [key, kept] of this.kept) {
      if (kept.used > this.document - KEPT_DOCUMENTS) continue;
      this.kept.delete(key);
      this.bytes -= kept.bytes.length;
    }
  }

  /** Returns `deflateSync(data)`: remembered when the same bytes were compressed lately. */
  deflate(data: Uint8Array): Uint8Array {
    const key = `${data.length}:${createHash("sha256").update(data).digest("base64")}`;
    const found = this.kept.get(key);
    if (found) {
      // Moved to the end: the map's order is the order of last use.
      this.kept.delete(key);
      this.kept.set(key, found);
      found.used = this.document;
      return found.bytes;
    }
    const compressed = deflateSync(data);
    if (compressed.length > this.limit) return compressed;
    this.kept.set(key, { bytes: compressed, used: this.document });
    this.bytes += compressed.length;
    for (const [oldest, { bytes }] of this.kept) {
      if (this.bytes <= this.limit) break;
      this.kept.delete(oldest);
      this.bytes -= bytes.length;
    }
    return compressed;
  }

  /** Compressed bytes held now. */
  get size(): number {
    return this.bytes;
  }
}

/** The parts of a pdfkit object reference this reads and sets (see pdfkit's PDFReference). */
interface Reference {
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): void;
}

/**
 * Makes pdfkit's document compress its streams through `memo`. pdfkit compresses a stream when it
 * finalizes the object (`zlib.deflateSync` of its chunks joined); here the chunks are joined and
 * compressed first, and pdfkit is left to write them as they are (the stream's Filter is set already,
 * when its first chunk was written). A document with encryption is left alone.
 */
export function compressThrough(doc: PDFKit.PDFDocument, memo: DeflateMemo): void {
  const ref: unknown = Reflect.get(doc, "ref");
  if (typeof ref !== "function") return;
  Reflect.set(doc, "ref", (data?: unknown): unknown => {
    const reference: unknown = ref.call(doc, data);
    if (isReference(reference)) {
      const finalize = reference.finalize;
      reference.finalize = () => {
        if (reference.compress && reference.buffer.length > 0 && !Reflect.get(doc, "_security")) {
          reference.buffer = [memo.deflate(joined(reference.buffer))];
          reference.compress = false;
        }
        finalize.call(reference);
      };
    }
    return reference;
  });
}

function isReference(value: unknown): value is Reference {
  return typeof value === "object" && value !== null && typeof Reflect.get(value, "finalize") === "function" && Array.isArray(Reflect.get(value, "buffer"));
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
