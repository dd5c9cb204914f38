/**
 * The pipeline: notes → model → for each product and format: data → templates → markdown blocks →
 * emitter → write. No console, no process: problems come back as diagnostics.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { LONG_NOTES_V8_FLAGS } from "./v8-flags.js";
import type { Format, Product, Settings } from "./config.js";
import { DiagnosticError, hasFailures, type Diagnostic } from "./diagnostics.js";
import type { EmitOutput } from "./emit/types.js";
import { loadModel, type NoteSource } from "./model/index.js";
import { assessReadiness } from "./readiness/index.js";
import type { Model } from "./model/types.js";
import type { ProductDocument } from "./products/types.js";
import { missingGlyphWarnings, type MissingGlyph } from "./missing-glyphs.js";
import { Helper, type Outcome } from "./parallel.js";
import { withFolderLock, type LockHolder } from "./output-lock.js";
import { WriteError, writeAtomic, writeErrorDiagnostic } from "./write.js";
import { append } from "./arrays.js";
import type { ReusableOutputs } from "./reuse.js";

export interface Artifact {
  product: Product;
  format: Format;
  path: string;
  pages: number | null;
  summary: string;
  milliseconds: number;
}

export interface BuildResult {
  artifacts: Artifact[];
  /** The readiness line (`readiness: 11/16 principles with 2+ stories, …`); "" when the notes could not be read. */
  readiness: string;
  /** Product × format pairs built (a format with nothing for a product, such as Anki for the cheat sheet, is neither). */
  built: number;
  /** Product × format pairs that were asked for but failed (their previous files are kept). */
  failed: number;
  /** Previous files of the failed pairs that are still there, untouched (none when the folder was new). */
  kept: string[];
  diagnostics: Diagnostic[];
}

/** The notes as read (front matter blanked), for a product that checks it printed every line. */
export type Sources = readonly NoteSource[];

/** Each product: its data, rendered from its templates into markdown blocks (what it says, in no format). */
const PRODUCTS: Record<Product, (model: Model, settings: Settings, sources: Sources) => Promise<ProductDocument>> = {
  cheatsheet: async (model, s) => (await import("./products/cheatsheet/index.js")).cheatsheetDocument(model, s.cheatsheet),
  flashcards: async (model, s) => (await import("./products/flashcards/index.js")).flashcardsDocument(model, s.flashcards),
  storybook: async (model, s, sources) => (await import("./products/storybook/index.js")).storybookDocument(model, s.storybook, sources),
};

/** Lays one product out in one format; null when the format has nothing for that product. */
export type Emit = (document: ProductDocument) => Promise<EmitOutput | null>;

/** Each format: its emitter for one build (it may share work, such as fonts, between the products). */
const EMITTERS: Record<Format, (settings: Settings, sources: Sources) => Promise<Emit>> = {
  pdf: async (s) => {
    const { emitPdf } = await import("./emit/pdf/index.js");
    return (document) => emitPdf(document, s.pdf);
  },
  html: async (s, sources) => (await import("./emit/html/index.js")).htmlEmitter(s.html, sources.map((source) => source.text).join("\n")),
  anki: async (s) => (await import("./emit/anki/index.js")).ankiEmitter(s.anki, { inputs: s.inputs, cwd: s.cwd }),
};

/** How a build runs. */
export interface BuildOptions {
  /**
   * A helper thread to share the PDFs with (`--watch` keeps one alive between builds); null for none.
   * Default: one is started for this build when it builds two or more PDFs and can run here.
   */
  helper?: Helper | null;
  /** Called when another build is writing into the same output folder and this one waits for it. */
  onWait?: (holder: LockHolder) => void;
  /** Outputs of the last build (`--watch`): a product whose document is unchanged is not laid out again (see reuse.ts). */
  reuse?: ReusableOutputs;
}

/** Builds the chosen products in the chosen formats; a product that fails leaves its previous files untouched. */
export async function build(settings: Settings, options: BuildOptions = {}): Promise<BuildResult> {
  const pdfs = settings.formats.includes("pdf") ? settings.only.length : 0;
  // Started first, so that it loads pdfkit and the fonts while this thread reads the notes.
  const own = options.helper === undefined && pdfs > 1 ? Helper.start() : null;
  try {
    return await buildWith(settings, options.helper ?? own, options);
  } finally {
    void own?.close();
  }
}

async function buildWith(settings: Settings, helper: Helper | null, options: BuildOptions): Promise<BuildResult> {
  // The fonts (megabytes) are read on libuv's threads while this one reads the notes.
  if (settings.formats.includes("pdf")) void import("./emit/pdf/index.js").then((pdf) => pdf.prefetchPdf());
  const loaded = await loadModel(settings.inputs, { cwd: settings.cwd, catalogue: settings.catalogue ?? undefined });
  const diagnostics = [...loaded.diagnostics];
  const artifacts: Artifact[] = [];
  const asked = settings.only.length * settings.formats.length;
  const model = loaded.model;
  if (!model || hasFailures(diagnostics, settings.strict)) {
    const pairs = settings.only.flatMap((product) => settings.formats.map((format) => [product, format] as const));
    return { artifacts, readiness: "", built: 0, failed: asked, kept: await previousFiles(settings, pairs), diagnostics };
  }
  const long = !sharesWithHelper(loaded.sources);
  // Megabytes of notes: memory matters more than time. The heap is collected sooner (src/v8-flags.ts).
  if (long) setFlagsFromString(LONG_NOTES_V8_FLAGS);
  const shared = helper && settings.formats.includes("pdf") && !long;
  const running = shared ? helper.run({ settings, model, sources: loaded.sources, products: settings.only }) : null;
  const emitters = await Promise.all(settings.formats.map((format) => EMITTERS[format](settings, loaded.sources)));
  const made: MadeProduct[] = [];
  const missing: MissingGlyph[] = [];
  const failed: [Product, Format][] = [];
  for (const [index, product] of settings.only.entries()) {
    const mine = running ? running.mine(index) : true;
    // The helper builds this product's PDF when it claimed it; this thread still needs the document for other formats.
    const needed = mine || settings.formats.some((format) => format !== "pdf");
    let started = performance.now();
    const document = needed ? await attempt(() => productDocument(model, product, settings, loaded.sources), diagnostics) : undefined;
    for (const [f, format] of settings.formats.entries()) {
      if (f > 0) started = performance.now();
      const fromHelper = format === "pdf" && !mine && running && !(needed && !document);
      const emitter = emitters[f];
      const { output, milliseconds }: Made = fromHelper
        ? await helperOutput(running.theirs(index), () => productDocument(model, product, settings, loaded.sources), emitter, diagnostics)
        : { output: document && emitter && (await attempt(() => (options.reuse ? options.reuse.emit(format, document, settings, emitter) : emitter(document)), diagnostics)), milliseconds: performance.now() - started };
      if (output === undefined) failed.push([product, format]);
      if (!output) continue;
      append(diagnostics, output.diagnostics);
      const file = output.files[0]?.file ?? "";
      append(missing, output.missingGlyphs.map((glyph) => ({ ...glyph, file })));
      made.push({ product, format, output, milliseconds });
    }
  }
  append(diagnostics, missingGlyphWarnings(missing, loaded.sources));
  const written = await writeProducts(settings, made, options, diagnostics);
  append(artifacts, written.artifacts);
  append(failed, written.failed);
  const kept = await previousFiles(settings, failed);
  return { artifacts, readiness: assessReadiness(model, settings.readiness).summary, built: made.length - written.failed.length, failed: failed.length, kept, diagnostics };
}

/**
 * Notes longer than this (in characters) are built on one thread, and with a tighter heap: the helper
 * would hold a second copy of the model and its own product's document, and on notes of megabytes
 * memory matters more than time.
 */
export const HELPER_NOTES_LIMIT = 1_000_000;

/** Returns true when notes this long may share their PDFs with the helper thread. */
export function sharesWithHelper(sources: Sources): boolean {
  let length = 0;
  for (const source of sources) length += source.text.length;
  return length <= HELPER_NOTES_LIMIT;
}

/** A product laid out in one format, not yet written. */
interface MadeProduct {
  product: Product;
  format: Format;
  output: EmitOutput;
  milliseconds: number;
}

/**
 * Writes every file made, all at once while holding the output folder's lock, so that two builds into one
 * folder never leave a mix of both. A file that cannot be written is an error at its path with the system's
 * reason; its product counts as failed and its previous file stays as it was.
 */
async function writeProducts(settings: Settings, made: readonly MadeProduct[], options: BuildOptions, into: Diagnostic[]): Promise<{ artifacts: Artifact[]; failed: [Product, Format][] }> {
  const artifacts: Artifact[] = [];
  const failed: [Product, Format][] = [];
  if (made.length === 0) return { artifacts, failed };
  const writeAll = async (): Promise<void> => {
    for (const { product, format, output, milliseconds } of made) {
      const paths = output.files.map((file) => resolve(settings.cwd, settings.outDir, file.file));
      const problems = await writeEach(paths, output.files.map((file) => file.bytes));
      append(into, problems);
      if (problems.length > 0) failed.push([product, format]);
      else append(artifacts, paths.map((path) => ({ product, format, path, pages: output.pages, summary: output.summary, milliseconds })));
    }
  };
  try {
    await withFolderLock(resolve(settings.cwd, settings.outDir), writeAll, { onWait: options.onWait });
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    into.push(writeErrorDiagnostic(error));
    return { artifacts: [], failed: made.map(({ product, format }) => [product, format]) };
  }
  return { artifacts, failed };
}

/** Writes each file atomically; returns an error for each that could not be written. */
async function writeEach(paths: readonly string[], contents: readonly (Uint8Array | string)[]): Promise<Diagnostic[]> {
  const problems: Diagnostic[] = [];
  for (const [i, path] of paths.entries()) {
    try {
      await writeAtomic(path, contents[i] ?? "");
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      problems.push(writeErrorDiagnostic(error));
    }
  }
  return problems;
}

/** The file a product × format pair writes into the output folder (the Anki deck is one file for all products). */
function outputName(product: Product, format: Format): string {
  return format === "anki" ? "deck.tsv" : `${product}.${format}`;
}

/** Returns the output files of these product × format pairs that exist already: kept when the pair failed. */
async function previousFiles(settings: Settings, pairs: readonly (readonly [Product, Format])[]): Promise<string[]> {
  const paths = new Set(pairs.map(([product, format]) => resolve(settings.cwd, settings.outDir, outputName(product, format))));
  const found: string[] = [];
  for (const path of paths) {
    if (await stat(path).then((s) => s.isFile(), () => false)) found.push(path);
  }
  return found;
}

/** An output (undefined: failed, null: nothing for this product) and the time it took. */
interface Made {
  output: EmitOutput | null | undefined;
  milliseconds: number;
}

/**
 * Returns the output the helper thread built, its diagnostics added to `into`. Should the helper
 * have stopped, the product is built here instead, from `document` with `emitter`.
 */
async function helperOutput(outcome: Promise<Outcome>, document: () => Promise<ProductDocument>, emitter: Emit | undefined, into: Diagnostic[]): Promise<Made> {
  const started = performance.now();
  let result: Outcome;
  try {
    result = await outcome;
  } catch {
    const output = emitter && (await attempt(async () => emitter(await document()), into));
    return { output, milliseconds: performance.now() - started };
  }
  if (result.fault) throw Object.assign(new Error(result.fault.message), result.fault.stack ? { stack: result.fault.stack } : {});
  append(into, (result.diagnostics ?? []));
  return { output: result.output ?? (result.diagnostics ? undefined : null), milliseconds: result.milliseconds };
}

/** Returns what a product says (data → templates → markdown blocks); throws DiagnosticError for template errors. */
export function productDocument(model: Model, product: Product, settings: Settings, sources: Sources = []): Promise<ProductDocument> {
  return PRODUCTS[product](model, settings, sources);
}

/** Returns a product laid out in one format (null when the format has nothing for it), not yet written. */
export async function emit(document: ProductDocument, format: Format, settings: Settings, sources: Sources = []): Promise<EmitOutput | null> {
  return (await EMITTERS[format](settings, sources))(document);
}

/** Returns what `step` gives, or undefined after adding the diagnostics it threw to `into`. */
async function attempt<T>(step: () => Promise<T>, into: Diagnostic[]): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof DiagnosticError)) throw error;
    append(into, error.diagnostics);
    return undefined;
  }
}
