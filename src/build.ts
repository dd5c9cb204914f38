/** build(settings): notes → model → each product → files, atomically. No console, no process. */
import { resolve } from "node:path";
import type { Product, Settings } from "./config.js";
import { DiagnosticError, diagnostic, hasFailures, type Diagnostic } from "./diagnostics.js";
import { loadModel } from "./model/index.js";
import type { BuildProduct, ProductOutput } from "./products/types.js";
import { writeAtomic } from "./write.js";

export interface Artifact {
  product: Product;
  path: string;
  pages: number;
  summary: string;
  milliseconds: number;
}

export interface BuildResult {
  artifacts: Artifact[];
  diagnostics: Diagnostic[];
}

const BUILDERS: Record<Product, () => Promise<BuildProduct>> = {
  cheatsheet: async () => (await import("./products/cheatsheet/index.js")).buildCheatsheet,
  flashcards: async () => (await import("./products/flashcards/index.js")).buildFlashcards,
  storybook: async () => (await import("./products/storybook/index.js")).buildStorybook,
};

/** Builds the chosen products; a product that fails leaves its previous file untouched. */
export async function build(settings: Settings): Promise<BuildResult> {
  const loaded = await loadModel(settings.inputs, { cwd: settings.cwd, catalogue: settings.catalogue ?? undefined });
  const diagnostics = [...loaded.diagnostics];
  const artifacts: Artifact[] = [];
  if (!loaded.model || hasFailures(diagnostics, settings.strict)) return { artifacts, diagnostics };
  for (const product of settings.only) {
    const started = performance.now();
    let output: ProductOutput;
    try {
      output = await (await BUILDERS[product]())({ model: loaded.model, settings });
    } catch (error) {
      if (!(error instanceof DiagnosticError)) throw error;
      diagnostics.push(...error.diagnostics);
      continue;
    }
    diagnostics.push(...output.diagnostics, ...glyphDiagnostics(output, loaded.sources));
    const path = resolve(settings.cwd, settings.outDir, output.file);
    await writeAtomic(path, output.bytes);
    artifacts.push({ product, path, pages: output.pages, summary: output.summary, milliseconds: performance.now() - started });
  }
  return { artifacts, diagnostics };
}

/** Reports each character no font could draw at the first source line that holds it. */
function glyphDiagnostics(output: ProductOutput, sources: readonly { path: string; text: string }[]): Diagnostic[] {
  return output.missingGlyphs.map(({ char, codePoint }) => {
    const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    const message = `No font has a glyph for \`${char}\` (${hex}) in ${output.file}; it is drawn as a substitute or left out`;
    for (const source of sources) {
      const index = source.text.indexOf(char);
      if (index === -1) continue;
      const before = source.text.slice(0, index).split("\n");
      return diagnostic("warning", { file: source.path, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 }, message, "missing-glyph");
    }
    return diagnostic("warning", { file: output.file }, message, "missing-glyph");
  });
}
