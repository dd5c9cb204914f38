/** Where template files come from: a custom folder first, file by file, then the package defaults. */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DiagnosticError, compareText, diagnostic } from "../diagnostics.js";

/** Where a template file was found. */
export type Origin = "default" | "custom";

/** One template or partial file and where it came from. */
export interface TemplateFile {
  /** Template name (`cheatsheet`) or partial name (`cheatsheet-principle`): the file name before its first dot. */
  name: string;
  /** `asset`: a file the HTML pages take as they are (`html/style.css`, `html/deck.js`). */
  kind: "template" | "partial" | "asset";
  origin: Origin;
  path: string;
}

/** Sub-folder that holds partials. */
const PARTIALS_DIR = "partials";
/** Sub-folder that holds the HTML pages' stylesheet and script. */
const ASSETS_DIR = "html";

/** Returns the package's `templates/` folder (two levels above src/templates/ and dist/templates/). */
export function defaultTemplatesDir(): string {
  return fileURLToPath(new URL("../../templates/", import.meta.url));
}

function namesIn(dir: string, extensions: readonly string[] = [".hbs"]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => extensions.some((ext) => file.endsWith(ext)) && statSync(join(dir, file)).isFile())
    .sort();
}

function filesOf(root: string, origin: Origin): TemplateFile[] {
  const fileName = (file: string): string => file.split(".")[0] ?? file;
  const templates = namesIn(root).map((file) => ({ file, kind: "template" as const, dir: root }));
  const partialDir = join(root, PARTIALS_DIR);
  const partials = namesIn(partialDir).map((file) => ({ file, kind: "partial" as const, dir: partialDir }));
  const assetDir = join(root, ASSETS_DIR);
  const assets = namesIn(assetDir, [".css", ".js"]).map((file) => ({ file, kind: "asset" as const, dir: assetDir }));
  return [...templates, ...partials, ...assets].map(({ file, kind, dir }) => ({
    name: kind === "asset" ? file : fileName(file),
    kind,
    origin,
    path: join(dir, file),
  }));
}

/** Throws DiagnosticError when a custom templates folder was named but is not a folder. */
function checkCustomDir(dir: string): void {
  if (existsSync(dir) && statSync(dir).isDirectory()) return;
  const message = `Templates folder \`${dir}\` does not exist`;
  throw new DiagnosticError([diagnostic("error", { file: dir }, message, "template-dir")]);
}

/** Returns every template and partial, custom files replacing defaults of the same kind and name. */
export function resolveTemplateFiles(templatesDir?: string): TemplateFile[] {
  const byKey = new Map<string, TemplateFile>();
  const add = (file: TemplateFile): void => void byKey.set(`${file.kind}:${file.name}`, file);
  filesOf(defaultTemplatesDir(), "default").forEach(add);
  if (templatesDir !== undefined) {
    const custom = resolve(templatesDir);
    checkCustomDir(custom);
    filesOf(custom, "custom").forEach(add);
  }
  const rank = (file: TemplateFile): number => ["template", "partial", "asset"].indexOf(file.kind);
  return [...byKey.values()].sort((a, b) => rank(a) - rank(b) || compareText(a.name, b.name));
}

/** Returns the text of an HTML asset (`style.css`, `deck.js`): the custom folder's when it has one, else the default. */
export function readAsset(name: "style.css" | "deck.js", templatesDir?: string): string {
  const file = resolveTemplateFiles(templatesDir).find((f) => f.kind === "asset" && f.name === name);
  if (file === undefined) throw new DiagnosticError([diagnostic("error", { file: join(defaultTemplatesDir(), ASSETS_DIR, name) }, `Missing HTML asset \`${name}\``, "template-missing")]);
  return readFileSync(file.path, "utf8");
}

/** Returns every template and partial file with its origin (`default` | `custom`) and path. */
export function listTemplates(options: { templatesDir?: string } = {}): TemplateFile[] {
  return resolveTemplateFiles(options.templatesDir);
}
