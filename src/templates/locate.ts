/**
 * Finds where a render failed when Handlebars did not say (a field read on text, a dynamic partial that
 * names nothing, partials nested without end): the template is rendered again with a marker before every
 * statement, and the last marker reached is the place. Only done after a failure, so renders that work
 * pay nothing.
 */
import Handlebars from "handlebars";
import { makeLookupsStrict, markStatements } from "./ast.js";
import type { FilePlace } from "./errors.js";
import { registerHelpers } from "./helpers.js";
import type { TemplateSource } from "./source.js";

const MARKER = "prep-print-at";

/** A template or partial as the renderer has it: the main template first, then partials by name. */
export interface RenderedFile {
  name: string;
  source: TemplateSource;
}

/** Returns the file, line (in the body) and 0-based column of the statement the render of `data` failed at. */
export function failurePlace(files: readonly RenderedFile[], data: object, options: CompileOptions): { file: FilePlace; line: number; column: number } | undefined {
  const hb = Handlebars.create();
  registerHelpers(hb);
  let last: { file: number; line: number; column: number } | undefined;
  hb.registerHelper(MARKER, (file: number, line: number, column: number) => {
    last = { file, line, column };
    return "";
  });
  const compiled = files.map((file, index) => {
    const ast = hb.parse(file.source.body);
    makeLookupsStrict(ast);
    markStatements(ast, MARKER, index);
    return hb.compile(ast, options);
  });
  files.forEach((file, index) => index > 0 && hb.registerPartial(file.name, compiled[index] as Handlebars.TemplateDelegate));
  try {
    compiled[0]?.(data);
  } catch {
    const file = last === undefined ? undefined : files[last.file];
    if (last !== undefined && file !== undefined) return { file: file.source, line: last.line, column: last.column };
  }
  return undefined;
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
