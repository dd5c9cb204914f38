/** Notes on disk → the model, with diagnostics: the read → model half of the pipeline. */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { classifyLines } from "../notes/lines.js";
import { readSources, type SourceFile } from "../notes/read.js";
import { buildModel } from "./assemble.js";
import { DEFAULT_CATALOGUE, isBuiltInCatalogue, readCatalogue } from "./catalogue.js";
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

/** Where the catalogue to use was named: its path or id, how to show it, and the note line naming it. */
interface ChosenCatalogue {
  path: string;
  shown: string;
  note: { file: string; line: number } | null;
}

/** Reads the notes at `paths` and returns their model (null when the notes or the catalogue cannot be read). */
export async function loadModel(paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const read = await readSources(paths, options.cwd);
  const sources = read.files.map((f) => ({ path: f.path, text: `${"\n".repeat(f.bodyLine - 1)}${f.body}` }));
  if (read.diagnostics.some((d) => d.severity === "error")) return { model: null, diagnostics: read.diagnostics, sources };
  const chosen = chooseCatalogue(read.files, options);
  const catalogue = readCatalogue(chosen.path, chosen.shown);
  if (!catalogue.catalogue) {
    const { problem } = catalogue;
    const place = !problem.inside && chosen.note ? chosen.note : { file: problem.file, line: problem.line, column: problem.column };
    const message = !problem.inside && chosen.note ? `Catalogue \`${chosen.shown}\`: ${problem.message}` : problem.message;
    return { model: null, diagnostics: [...read.diagnostics, diagnostic("error", place, message, "catalogue", problem.suggestion)], sources };
  }
  const built = buildModel(read.files, catalogue.catalogue);
  const diagnostics = [...read.diagnostics, ...built.diagnostics, ...checkModel(built.model)];
  if (isEmpty(built.model)) {
    const where = paths.length > 0 ? paths.map((p) => `\`${p}\``).join(", ") : "the notes";
    diagnostics.push(diagnostic("error", { file: read.files[0]?.path ?? paths[0] ?? "." }, `No questions, stories or principle notes found in ${where}`, "notes-empty"));
  }
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

/** Notes hold something to print when they have a question, a story, a principle written about, or a section with text (a heading alone is not). */
function isEmpty(model: Model): boolean {
  const written = model.document.sections.some((s) => s.text.trim() !== "");
  return model.questions.length === 0 && model.stories.length === 0 && !written && model.principles.every((p) => p.source === null);
}

/**
 * Returns the catalogue to use and where it was named: the option (a path is relative to
 * the working folder), else the first front matter naming one (relative to that note file).
 */
function chooseCatalogue(files: readonly SourceFile[], options: LoadOptions): ChosenCatalogue {
  const shown = (path: string): string => (isAbsolute(path) && !relative(options.cwd, path).startsWith("..") ? relative(options.cwd, path) : path);
  if (options.catalogue) {
    const path = isBuiltInCatalogue(options.catalogue) ? options.catalogue : resolve(options.cwd, options.catalogue);
    return { path, shown: options.catalogue, note: null };
  }
  const named = files.find((f) => f.frontMatter.catalogue);
  const name = named?.frontMatter.catalogue;
  if (!named || !name) return { path: DEFAULT_CATALOGUE, shown: DEFAULT_CATALOGUE, note: null };
  const note = { file: named.path, line: named.frontMatter.lines?.catalogue ?? 1 };
  if (isBuiltInCatalogue(name)) return { path: name, shown: name, note };
  const path = resolve(dirname(resolve(options.cwd, named.path)), name);
  return { path, shown: shown(path), note };
}
