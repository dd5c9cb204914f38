/** What every emitter (PDF, HTML, Anki) takes and gives. */
import type { Diagnostic } from "../diagnostics.js";

/** A file an emitter made, not yet written: `build.ts` writes it atomically. */
export interface EmittedFile {
  /** File name inside the output folder (`cheatsheet.pdf`), or an absolute path elsewhere (a lock file beside the notes). */
  file: string;
  bytes: Uint8Array | string;
}

/** What an emitter made of one product. */
export interface EmitOutput {
  files: EmittedFile[];
  /** Pages of a paged format; null for formats without pages. */
  pages: number | null;
  /** Extra words for the summary line, e.g. `48 cards on 12 sheets`. */
  summary: string;
  /** Characters no font could draw (mapped to source lines by the build). */
  missingGlyphs: { char: string; codePoint: number }[];
  /** Warnings about the output (e.g. a card continued on a second card). */
  diagnostics: Diagnostic[];
}
