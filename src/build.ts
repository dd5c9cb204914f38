/**
 * The pipeline: notes → model → for each product and format: data → templates → markdown blocks →
 * emitter → write. No console, no process: problems come back as diagnostics.
 */
import { resolve } from "node:path";
import type { Format, Product, Settings } from "./config.js";
import { DiagnosticError, diagnostic, hasFailures, type Diagnostic } from "./diagnostics.js";
import type { EmitOutput } from "./emit/types.js";
import { loadModel, type NoteSource } from "./model/index.js";
import { assessReadiness } from "./readiness/index.js";
import type { Model } from "./model/types.js";
import type { ProductDocument } from "./products/types.js";
import { Helper, type Outcome } from "./parallel.js";
import type { KeptOutputs } from "./reuse.js";
import { writeAtomic } from "./write.js";

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
  /** Outputs of the last build (`--watch`): a product whose document is unchanged is not laid out again (see reuse.ts). */
  kept?: KeptOutputs;
}

/** Builds the chosen products in the chosen formats; a product that fails leaves its previous files untouched. */
export async function build(settings: Settings, options: BuildOptions = {}): Promise<BuildResult> {
  const pdfs = settings.formats.includes("pdf") ? settings.only.length : 0;
  // Started first, so that it loads pdfkit and the fonts while this thread reads the notes.
  const own = options.helper === undefined && pdfs > 1 ? Helper.start() : null;
  try {
    return await buildWith(settings, options.helper ?? own, options.kept);
  } finally {
    void own?.close();
  }
}

async function buildWith(settings: Settings, helper: Helper | null, kept: KeptOutputs | undefined): Promise<BuildResult> {
  const loaded = await loadModel(settings.inputs, { cwd: settings.cwd, catalogue: settings.catalogue ?? undefined });
  const diagnostics = [...loaded.diagnostics];
  const artifacts: Artifact[] = [];
  const asked = settings.only.length * settings.formats.length;
  const model = loaded.model;
  if (!model || hasFailures(diagnostics, settings.strict)) return { artifacts, readiness: "", built: 0, failed: asked, diagnostics };
  const running = helper && settings.formats.includes("pdf") ? helper.run({ settings, model, sources: loaded.sources, products: settings.only }) : null;
  const emitters = await Promise.all(settings.formats.map((format) => EMITTERS[format](settings, loaded.sources)));
  const counts = { built: 0, failed: 0 };
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
      const made: Made = fromHelper
        ? await helperOutput(running.theirs(index), () => productDocument(model, product, settings, loaded.sources), emitter, diagnostics)
        : { output: document && emitter && (await attempt(() => (kept ? kept.emit(format, document, settings, emitter) : emitter(document)), diagnostics)), milliseconds: performance.now() - started };
      const { output } = made;
      if (output === undefined) counts.failed += 1;
      if (!output) continue;
      counts.built += 1;
      diagnostics.push(...output.diagnostics, ...glyphDiagnostics(output, loaded.sources));
      for (const file of output.files) {
        const path = resolve(settings.cwd, settings.outDir, file.file);
        await writeAtomic(path, file.bytes);
        artifacts.push({ product, format, path, pages: output.pages, summary: output.summary, milliseconds: made.milliseconds });
      }
    }
  }
  return { artifacts, readiness: assessReadiness(model, settings.readiness).summary, ...counts, diagnostics };
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
  into.push(...(result.diagnostics ?? []));
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
    into.push(...error.diagnostics);
    return undefined;
  }
}

/** Reports each character no font could draw at the first source line that holds it. */
function glyphDiagnostics(output: EmitOutput, sources: readonly { path: string; text: string }[]): Diagnostic[] {
  const file = output.files[0]?.file ?? "";
  return output.missingGlyphs.map(({ char, codePoint }) => {
    const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    const message = `No font has a glyph for \`${char}\` (${hex}) in ${file}; it is drawn as a substitute or left out`;
    for (const source of sources) {
      const index = source.text.indexOf(char);
      if (index === -1) continue;
      const before = source.text.slice(0, index).split("\n");
      return diagnostic("warning", { file: source.path, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }, message, "missing-glyph");
    }
    return diagnostic("warning", { file }, message, "missing-glyph");
  });
}
