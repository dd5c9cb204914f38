/**
 * A document's bytes, taken as pdfkit writes them. pdfkit is a readable stream that queues every
 * line it writes (each object's header, dictionary and stream) as a small buffer of its own until
 * someone reads; nothing reads before the document ends, so a long book held hundreds of thousands
 * of them. Here each write is copied at once into blocks of a megabyte, and the bytes are the same.
 */

/** Bytes per block the writes are copied into. */
const BLOCK = 1024 * 1024;

const EMPTY = new Uint8Array(0);

/** What pdfkit writes, collected; `bytes` resolves with all of it once the document has ended. */
export interface CollectedOutput {
  readonly bytes: Promise<Uint8Array>;
}

/** Makes pdfkit's document hand each write to a collector instead of its stream queue (what it queued already is taken first). */
export function collectOutput(doc: NodeJS.ReadableStream): CollectedOutput {
  const blocks: Uint8Array[] = [];
  let block = new Uint8Array(BLOCK);
  let used = 0;
  let total = 0;
  let finish: (bytes: Uint8Array) => void = () => {};
  const bytes = new Promise<Uint8Array>((resolve) => {
    finish = resolve;
  });
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    let from = 0;
    while (from < chunk.length) {
      const n = Math.min(chunk.length - from, BLOCK - used);
      block.set(chunk.subarray(from, from + n), used);
      used += n;
      from += n;
      if (used === BLOCK) {
        blocks.push(block);
        block = new Uint8Array(BLOCK);
        used = 0;
      }
    }
  };
  const end = (): void => {
    // Each block is let go once copied: the whole is not held twice for longer than it takes to copy a block.
    const out = new Uint8Array(total);
    let at = 0;
    for (const [i, full] of blocks.entries()) {
      out.set(full, at);
      at += full.length;
      blocks[i] = EMPTY;
    }
    out.set(block.subarray(0, used), at);
    blocks.length = 0;
    block = EMPTY;
    finish(out);
  };
  const queued = doc.read();
  if (queued instanceof Uint8Array) take(queued);
  Reflect.set(doc, "push", (chunk: Uint8Array | null): boolean => {
    if (chunk === null) end();
    else take(chunk);
    return true;
  });
  return { bytes };
}
