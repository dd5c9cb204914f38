/**
 * Outputs kept between the builds of `build --watch`: a product whose document came out the same as in
 * the last build is not laid out again. Only where the document is plain data and the emitter reads
 * nothing else — the cheat sheet's PDF (its document and the PDF settings); cards and the book hold
 * render functions over the whole model, and HTML pages read the notes' text, so they are always built.
 */
import type { Format, Settings } from "./config.js";
import type { EmitOutput } from "./emit/types.js";
import type { Emit } from "./build.js";
import type { ProductDocument } from "./products/types.js";
import { keepBetweenDocuments } from "./emit/pdf/typeset/warm.js";

/** The last output of each product and format that can be reused, with what it was made from. */
export class ReusableOutputs {
  private readonly kept = new Map<string, { made: string; output: EmitOutput | null }>();

  /** Outputs kept from here on; the PDF typesetter keeps, from now on, the lines and compressed streams of its documents for the next (see typeset/warm.ts). */
  constructor() {
    keepBetweenDocuments();
  }

  /** Returns `emit(document)`, or the output kept from the last build when it was made from the same document and settings. */
  async emit(format: Format, document: ProductDocument, settings: Settings, emit: Emit): Promise<EmitOutput | null> {
    const slot = `${document.name}:${format}`;
    const made = format === "pdf" && document.kind === "sheet" ? JSON.stringify([document, settings.pdf]) : null;
    const kept = this.kept.get(slot);
    if (made !== null && kept?.made === made) return kept.output;
    this.kept.delete(slot);
    const output = await emit(document);
    if (made !== null) this.kept.set(slot, { made, output });
    return output;
  }
}
