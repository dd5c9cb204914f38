/** Test helper: one product of a model as a PDF, built in memory through the real pipeline stages. */
import { emit, productDocument, type Sources } from "../../src/build.js";
import type { Product, Settings } from "../../src/config.js";
import type { Diagnostic } from "../../src/diagnostics.js";
import type { Model } from "../../src/model/types.js";

/** A product's PDF before it is written. */
export interface BuiltPdf {
  bytes: Uint8Array;
  pages: number;
  summary: string;
  diagnostics: Diagnostic[];
  missingGlyphs: { char: string; codePoint: number }[];
}

/** Returns the PDF of `product` for `model` with `settings`; throws what the build would report. */
export async function buildPdf(model: Model, product: Product, settings: Settings, sources: Sources = []): Promise<BuiltPdf> {
  const output = await emit(await productDocument(model, product, settings, sources), "pdf", settings);
  const file = output?.files[0];
  if (!output || !file || typeof file.bytes === "string") throw new Error(`no PDF for ${product}`);
  return { bytes: file.bytes, pages: output.pages ?? 0, summary: output.summary, diagnostics: output.diagnostics, missingGlyphs: output.missingGlyphs };
}
