/** Test helper: builds the story book of a notes file and reads the PDF back. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveSettings } from "../../../src/config.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";
import { buildStorybook } from "../../../src/products/storybook/index.js";
import { defaultLabels, type Labels } from "../../../src/products/storybook/options.js";
import type { ProductOutput } from "../../../src/products/types.js";
import { readPdf, type ReadPdf } from "./read-pdf.js";

/** A built book: the model, the product output, the PDF as read back, and the default labels of its language. */
export interface Built {
  model: Model;
  output: ProductOutput;
  pdf: ReadPdf;
  labels: Labels;
}

/** Builds the story book of a notes file in a fresh folder; `options` as the command line would give them. */
export async function buildBook(notes: string, options: Record<string, unknown> = {}): Promise<Built> {
  const cwd = await mkdtemp(join(tmpdir(), "storybook-test-"));
  const loaded = await loadModel([notes], { cwd });
  if (!loaded.model) throw new Error(`no model for ${notes}`);
  const output = await buildStorybook({ model: loaded.model, settings: resolveSettings(cwd, [notes], options) });
  return { model: loaded.model, output, pdf: await readPdf(output.bytes), labels: defaultLabels(loaded.model.document.language) };
}

