/** Notes on disk → the model, with diagnostics: the read → model half of the pipeline. */
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { classifyLines } from "../notes/lines.js";
import { readSources } from "../notes/read.js";
import { buildModel } from "./build.js";
import { DEFAULT_CATALOGUE, isBuiltInCatalogue, loadCatalogue, type Catalogue } from "./catalogue.js";
import { dirname, resolve } from "node:path";
import type { SourceFile } from "../notes/read.js";
import { checkModel } from "./checks.js";
import type { Model } from "./types.js";
import { unplacedLines } from "./unplaced.js";

export interface LoadOptions {
  cwd: string;
  /** Catalogue id or YAML path; front matter `catalogue:` is used when this is unset. */
  catalogue?: string;
  /** Also report every source line whose words are not in the model. */
  unplaced?: boolean;
}

/** A note file's text as read, front matter lines blanked so line numbers stay the file's. */
export interface NoteSource {
  path: string;
  text: string;
}

export interface LoadResult {
  model: Model | null;
  diagnostics: Diagnostic[];
  /** The files read, with front matter blanked (line numbers kept): for placing later problems. */
  sources: NoteSource[];
}

/** Reads the notes at `paths` and returns their model (null when the notes cannot be read). */
export async function loadModel(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const read = await readSources(paths, options.cwd);
  const sources = read.files.map((f) => ({ path: f.path, text: `${"\n".repeat(f.bodyLine - 1)}${f.body}` }));
  if (read.diagnostics.some((d) => d.severity === "error")) return { model: null, diagnostics: read.diagnostics, sources };
  const chosen = chooseCatalogue(read.files, options);
  let catalogue: Catalogue;
  try {
    catalogue = loadCatalogue(chosen.path);
  } catch (error) {
    const problem = diagnostic("error", { file: chosen.file, line: chosen.file === "" ? 0 : 2 }, (error as Error).message, "catalogue");
    return { model: null, diagnostics: [...read.diagnostics, problem], sources };
  }
  const built = buildModel(read.files, catalogue);
  const diagnostics = [...read.diagnostics, ...built.diagnostics, ...checkModel(built.model)];
  if (options.unplaced) {
    for (const file of read.files) {
      for (const line of unplacedLines(classifyLines(file.body, file.bodyLine), built.model)) {
        diagnostics.push(diagnostic("warning", { file: file.path, line: line.line, column: line.indent + 1 }, `Line not placed in the model: \`${line.text.slice(0, 60)}\``, "unplaced-line"));
      }
    }
  }
  return { model: built.model, diagnostics, sources };
}

export type { Model } from "./types.js";

/**
 * Returns the catalogue to use and where it was named: the option (a path is relative to
 * the working folder), else the first front matter naming one (relative to that note file).
 */
function chooseCatalogue(files: readonly SourceFile[], options: LoadOptions): { path: string; file: string } {
  const place = (name: string, base: string): string => (isBuiltInCatalogue(name) ? name : resolve(base, name));
  if (options.catalogue) return { path: place(options.catalogue, options.cwd), file: "" };
  const named = files.find((f) => f.frontMatter.catalogue);
  if (!named?.frontMatter.catalogue) return { path: DEFAULT_CATALOGUE, file: "" };
  return { path: place(named.frontMatter.catalogue, dirname(resolve(options.cwd, named.path))), file: named.path };
}

