/** The PDF emitter: each product laid out on paper with pdfkit (src/emit/pdf/typeset is the only pdfkit user). */
import type { PdfOptions } from "../../config.js";
import type { ProductDocument } from "../../products/types.js";
import type { EmitOutput } from "../types.js";
import { emitBook } from "./book/index.js";
import { emitDeck } from "./deck/index.js";
import { emitSheet } from "./sheet/index.js";

/** Returns the PDF of a product. */
export async function emitPdf(document: ProductDocument, options: PdfOptions): Promise<EmitOutput> {
  switch (document.kind) {
    case "sheet":
      return emitSheet(document, options);
    case "deck":
      return emitDeck(document, options);
    case "book":
      return emitBook(document, options);
  }
}

/** Starts reading the font files in the background: a build calls it before it reads the notes. */
export async function prefetchPdf(): Promise<void> {
  (await import("./typeset/index.js")).prefetchFonts();
}

/** Loads what every PDF needs (pdfkit, fontkit, the fonts) before the first one is asked for. */
export async function preparePdf(): Promise<void> {
  const { prepareTypesetter } = await import("./typeset/index.js");
  await prepareTypesetter();
}
