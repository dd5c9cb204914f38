/** Copies the default templates out for editing, never overwriting a file that is already there. */
import { constants } from "node:fs";
import { copyFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import Handlebars from "handlebars";
import { systemCode, systemReason } from "../notes/reason.js";
import { WriteError, ensureFolder } from "../write.js";
import { partialUses } from "./ast.js";
import type { TemplateName } from "./load.js";
import { defaultTemplatesDir, resolveTemplateFiles, type TemplateFile } from "./lookup.js";
import { readTemplateSource } from "./source.js";

/** Returns the partials `template` uses, directly or through other partials (static `{{> name}}` only). */
function reachablePartials(template: TemplateFile, defaults: TemplateFile[]): TemplateFile[] {
  const partials = new Map(defaults.filter((f) => f.kind === "partial").map((f) => [f.name, f]));
  const hb = Handlebars.create();
  const found = new Map<string, TemplateFile>();
  const queue = [template];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const use of partialUses(hb.parse(readTemplateSource(file.path).body))) {
      const partial = partials.get(use.name);
      if (partial !== undefined && !found.has(partial.name)) {
        found.set(partial.name, partial);
        queue.push(partial);
      }
    }
  }
  return [...found.values()];
}

function selectFiles(defaults: TemplateFile[], name?: string): TemplateFile[] {
  if (name === undefined) return defaults;
  const template = defaults.find((f) => f.kind === "template" && f.name === name);
  if (template === undefined) {
    const known = defaults.filter((f) => f.kind === "template").map((f) => f.name);
    throw new Error(`No default template \`${name}\` (there are: ${known.join(", ")})`);
  }
  return [template, ...reachablePartials(template, defaults)];
}

/** Copies `source` to `target` unless `target` exists; returns whether it was written. */
async function copyNew(source: string, target: string): Promise<boolean> {
  await ensureFolder(dirname(target));
  try {
    await copyFile(source, target, constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (systemCode(error) === "EEXIST") return false;
    throw new WriteError(target, systemReason(error), { cause: error });
  }
}

/** Copies every default template (or `name` and its partials) into `targetDir`; returns the paths written and skipped. */
export async function ejectTemplates(targetDir: string, name?: TemplateName | (string & {})): Promise<{ written: string[]; skipped: string[] }> {
  const root = defaultTemplatesDir();
  const written: string[] = [];
  const skipped: string[] = [];
  for (const file of selectFiles(resolveTemplateFiles(), name)) {
    const target = join(resolve(targetDir), relative(root, file.path));
    (await copyNew(file.path, target) ? written : skipped).push(target);
  }
  return { written, skipped };
}
