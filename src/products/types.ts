/** What every product (cheat sheet, flashcards, story book) receives and returns. */
import type { Settings } from "../config.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Model } from "../model/types.js";

export interface ProductInput {
  model: Model;
  settings: Settings;
}

/** A built product, not yet written: `build.ts` writes it atomically. */
export interface ProductOutput {
  /** File name inside the output folder, e.g. `cheatsheet.pdf`. */
  file: string;
  bytes: Uint8Array;
  pages: number;
  /** Extra words for the summary line, e.g. `48 cards on 12 sheets`. */
  summary: string;
  /** Characters no font could draw (mapped to source lines by the build). */
  missingGlyphs: { char: string; codePoint: number }[];
  /** Warnings about the output (e.g. a card continued on a second card). */
  diagnostics: Diagnostic[];
}

/** Builds one product; throws DiagnosticError (template errors, overflow) when it cannot. */
export type BuildProduct = (input: ProductInput) => Promise<ProductOutput>;
