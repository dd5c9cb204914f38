/**
 * The helper thread (see parallel.ts): loads what a PDF needs while the main thread reads the notes,
 * then builds the products it claims, from the back of the list, and answers for every product.
 */
import { parentPort } from "node:worker_threads";
import type { Product } from "./config.js";
import { DiagnosticError } from "./diagnostics.js";
import { HELPER, type Job, type Outcome } from "./parallel.js";

/** Loaded before the first job arrives: the PDF emitter, pdfkit, fontkit and the fonts (a product's own code when it is claimed). */
const ready = (async () => {
  const [build, pdf] = await Promise.all([import("./build.js"), import("./emit/pdf/index.js")]);
  await pdf.preparePdf();
  return build;
})();

/** Returns the outcome of building one product's PDF. */
async function buildOne(job: Job, product: Product): Promise<Outcome> {
  const { productDocument, emit } = await ready;
  const started = performance.now();
  try {
    const document = await productDocument(job.model, product, job.settings, job.sources);
    const output = await emit(document, "pdf", job.settings, job.sources);
    return { ...(output ? { output } : {}), milliseconds: performance.now() - started };
  } catch (error) {
    if (error instanceof DiagnosticError) return { diagnostics: error.diagnostics, milliseconds: performance.now() - started };
    const fault = error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
    return { fault, milliseconds: performance.now() - started };
  }
}

parentPort?.on("message", async (message: Job & { id: number; claims: SharedArrayBuffer }) => {
  await ready;
  // A watch keeps layout between its builds in this thread too (the main thread's ReusableOutputs does there).
  if (message.settings.watch) (await import("./emit/pdf/typeset/warm.js")).keepBetweenDocuments();
  const claims = new Int32Array(message.claims);
  for (let index = message.products.length - 1; index >= 0; index--) {
    const product = message.products[index];
    const key = `${message.id}:${index}`;
    if (product === undefined || Atomics.compareExchange(claims, index, 0, HELPER) !== 0) {
      parentPort?.postMessage({ key, outcome: null });
      continue;
    }
    parentPort?.postMessage({ key, outcome: await buildOne(message, product) });
  }
});
