/** Loads a template: one Handlebars instance, partials by lookup order, everything parsed before rendering. */
import { readFileSync } from "node:fs";
import { Handlebars } from "./runtime.js";
import { DiagnosticError, diagnostic, type Diagnostic } from "../diagnostics.js";
import type { HandlebarsInstance, PartialUse } from "./ast.js";
import { COMPILE_OPTIONS, compileBody, precompiledBody, type CompiledBody, type TemplateSpec } from "./compiled.js";
import { TemplateRenderError, fieldNames, parseErrorDiagnostic, renderErrorDiagnostic } from "./errors.js";
import { helperNames, registerHelpers } from "./helpers.js";
import { failurePlace } from "./locate.js";
import { resolveLayout, type LayoutSettings } from "./layout.js";
import { defaultTemplatesDir, resolveTemplateFiles, type Origin, type TemplateFile } from "./lookup.js";
import { readTemplateSource, type TemplateSource } from "./source.js";
import { nearestName } from "../suggest.js";
import { append } from "../arrays.js";

/** The templates the products use; the file is `templates/<name>.md.hbs`. */
export type TemplateName = "cheatsheet" | "flashcards-front" | "flashcards-back" | "storybook";

/** A template ready to render markdown, with its layout settings. */
export interface LoadedTemplate {
  name: string;
  path: string;
  origin: Origin;
  layout: LayoutSettings;
  /** Returns the rendered markdown; throws DiagnosticError naming file, line and column. */
  render(data: object): string;
}

/** Names a template can reach through `@`: offered as suggestions next to data fields and helpers. */
const DATA_VARIABLES = ["index", "first", "last", "key", "root"];
/** Handlebars' own helpers, which templates may call beside ours. */
const BUILT_IN_HELPERS = ["each", "if", "unless", "with", "lookup", "log"];

interface ParsedFile {
  file: TemplateFile;
  source: TemplateSource;
  compiled: CompiledBody;
}

/** Returns the parsed file, or undefined after adding its problems to `problems`. */
function parseFile(hb: HandlebarsInstance, file: TemplateFile, text: string | undefined, problems: Diagnostic[]): ParsedFile | undefined {
  let source: TemplateSource;
  try {
    source = readTemplateSource(file.path, text);
  } catch (error) {
    if (!(error instanceof DiagnosticError)) throw error;
    append(problems, error.diagnostics);
    return undefined;
  }
  try {
    // Compiled now (or ahead of time), so that compile-time errors come before the first render.
    const compiled = precompiledBody(source.body, hb.VERSION) ?? compileBody(source.body);
    unknownHelpers(hb, compiled, source, problems);
    return { file, source, compiled };
  } catch (error) {
    problems.push(parseErrorDiagnostic(error, source, source.body));
    return undefined;
  }
}

/** Adds an error for each call of a helper that does not exist (a plain name given arguments). */
function unknownHelpers(hb: HandlebarsInstance, compiled: CompiledBody, source: TemplateSource, problems: Diagnostic[]): void {
  const known = [...helperNames(), ...BUILT_IN_HELPERS];
  for (const call of compiled.helpers) {
    if (call.name in hb.helpers) continue;
    const at = { file: source.path, line: call.line + source.lineOffset, column: call.column + 1 };
    problems.push(diagnostic("error", at, `Unknown helper \`${call.name}\``, "template-unknown-helper", nearestName(call.name, known)));
  }
}

/** Returns `main` and every partial it reaches, parsed; problems (syntax, unknown partials) go to `problems`. */
function parseReachable(hb: HandlebarsInstance, main: TemplateFile, files: TemplateFile[], texts: ReadonlyMap<string, string>, problems: Diagnostic[]): ParsedFile[] {
  const partials = new Map(files.filter((f) => f.kind === "partial").map((f) => [f.name, f]));
  const parsed: ParsedFile[] = [];
  const missing: { use: PartialUse; in: ParsedFile }[] = [];
  const queue = [main];
  const seen = new Set<string>([main.path]);
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const result = parseFile(hb, file, texts.get(file.path), problems);
    if (result === undefined) continue;
    parsed.push(result);
    for (const use of result.compiled.partials) {
      const target = partials.get(use.name);
      if (target === undefined) {
        missing.push({ use, in: result });
      } else if (!seen.has(target.path)) {
        seen.add(target.path);
        queue.push(target);
      }
    }
  }
  // An inline partial (`{{#*inline "row"}}`) is known to the files that follow its definition at render time.
  const inline = new Set(parsed.flatMap((p) => p.compiled.inline));
  for (const { use, in: where } of missing) {
    if (inline.has(use.name)) continue;
    const at = { file: where.file.path, line: use.line + where.source.lineOffset, column: use.column + 1 };
    const message = `Unknown partial \`${use.name}\``;
    problems.push(diagnostic("error", at, message, "template-unknown-partial", nearestName(use.name, [...partials.keys(), ...inline])));
  }
  return parsed;
}

/** Registers a partial whose errors are tagged with its own file. */
function registerPartial(hb: HandlebarsInstance, partial: ParsedFile): void {
  const compiled = templateOf(hb, partial);
  hb.registerPartial(partial.file.name, (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw error instanceof TemplateRenderError ? error : new TemplateRenderError(partial.source, error);
    }
  });
}

/** Returns the template function of a parsed file, made from its precompiled code (the code Handlebars' `compile` would make). */
function templateOf(hb: HandlebarsInstance, parsed: ParsedFile): Handlebars.TemplateDelegate {
  const { spec } = parsed.compiled;
  return hb.template(typeof spec === "string" ? (new Function(`return ${spec};`)() as TemplateSpec) : spec);
}

function findTemplate(name: string, files: TemplateFile[], templatesDir?: string): TemplateFile {
  const found = files.find((f) => f.kind === "template" && f.name === name);
  if (found !== undefined) return found;
  const names = files.filter((f) => f.kind === "template").map((f) => f.name);
  const message = `Unknown template \`${name}\``;
  throw new DiagnosticError([diagnostic("error", { file: templatesDir ?? defaultTemplatesDir() }, message, "template-missing", nearestName(name, names))]);
}

/**
 * Templates already compiled in this process (`build --watch` asks for each at every rebuild), by name
 * and folder, with the paths and text of the files they were made from: one entry per template, used
 * only while every template and partial file reads the same.
 */
const compiledTemplates = new Map<string, { files: string; template: LoadedTemplate }>();

/** The text of each template and partial file by path, or null when one cannot be read (loading then reports it). */
function filesText(files: readonly TemplateFile[]): Map<string, string> | null {
  try {
    return new Map(files.filter((f) => f.kind !== "asset").map((f) => [f.path, readFileSync(f.path, "utf8")]));
  } catch {
    return null;
  }
}

/** Returns the files' paths and text as one string, to tell whether any changed. */
function filesKey(texts: ReadonlyMap<string, string>): string {
  return [...texts].map(([path, text]) => `${path}\0${text}`).join("\0\0");
}

/**
 * Returns the template `name` with its layout, partials registered; throws DiagnosticError on any
 * template problem. Compiled once per process while its files stay the same.
 */
export function loadTemplate(name: TemplateName | (string & {}), options: { templatesDir?: string } = {}): LoadedTemplate {
  const files = resolveTemplateFiles(options.templatesDir);
  const key = `${name}\0${options.templatesDir ?? ""}`;
  const texts = filesText(files);
  const text = texts && filesKey(texts);
  const known = compiledTemplates.get(key);
  if (known && text !== null && known.files === text) return known.template;
  const template = compileTemplate(name, files, options.templatesDir, texts ?? new Map());
  if (text !== null) compiledTemplates.set(key, { files: text, template });
  return template;
}

/** Compiles the template `name`; `texts` holds the files' text as read for the cache (the others are read here). */
function compileTemplate(name: string, files: TemplateFile[], templatesDir: string | undefined, texts: ReadonlyMap<string, string>): LoadedTemplate {
  const main = findTemplate(name, files, templatesDir);
  const hb = Handlebars.create();
  registerHelpers(hb);
  const problems: Diagnostic[] = [];
  const [top, ...partials] = parseReachable(hb, main, files, texts, problems);
  let layout: LayoutSettings | undefined;
  try {
    layout = top === undefined ? undefined : resolveLayout(top.source);
  } catch (error) {
    if (!(error instanceof DiagnosticError)) throw error;
    append(problems, error.diagnostics);
  }
  if (top === undefined || layout === undefined || problems.length > 0) throw new DiagnosticError(problems);
  partials.forEach((partial) => registerPartial(hb, partial));
  const compiled = templateOf(hb, top);
  const render = (data: object): string => {
    try {
      return compiled(data);
    } catch (error) {
      const names = [...fieldNames(data), ...helperNames(), ...BUILT_IN_HELPERS, ...DATA_VARIABLES];
      const partialNames = partials.map((p) => p.file.name);
      const found = renderErrorDiagnostic(error, top.source, names, partialNames);
      if (found.line > 0) throw new DiagnosticError([found]);
      const files = [top, ...partials].map((p) => ({ name: p.file.name, source: p.source }));
      const place = failurePlace(files, data, COMPILE_OPTIONS);
      throw new DiagnosticError([place ? { ...found, file: place.file.path, line: place.line + place.file.lineOffset, column: place.column + 1 } : found]);
    }
  };
  return { name: main.name, path: main.path, origin: main.origin, layout, render };
}
