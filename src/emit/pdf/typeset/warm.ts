/**
 * What a process that builds again and again (`build --watch`) keeps from one document to the next,
 * each thing found by its content: compressed streams (deflate-memo.ts), broken lines and the answers of
 * measurements (layout-store.ts).
 * Off until `keepBetweenDocuments()`: a single build would only pay for the keys. Each store is bounded,
 * so memory stays flat however many rebuilds there are.
 */
import { DeflateMemo } from "./deflate-memo.js";
import { LayoutStores } from "./layout-store.js";

/** Compressed bytes kept at most (those of the last two builds are kept, up to this): ordinary notes make well under 1 MB a build. */
const STREAM_BYTES = 32 * 1024 * 1024;

interface Kept {
  streams: DeflateMemo;
  layout: LayoutStores;
}

let kept: Kept | null = null;

/** From now on, documents keep what they compressed, broke into lines and measured for the documents after them. */
export function keepBetweenDocuments(): void {
  kept ??= { streams: new DeflateMemo(STREAM_BYTES), layout: new LayoutStores() };
}

/** The stores kept between documents, or null when they are not kept (a single build). */
export function keptBetweenDocuments(): Kept | null {
  return kept;
}
