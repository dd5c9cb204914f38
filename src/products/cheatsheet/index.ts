/** The cheat sheet: every principle with its stories, from the `cheatsheet` template, cut into header, body and footer. */
import type { CheatsheetOptions } from "../../config.js";
import { parseMarkdown } from "../../markdown/parse.js";
import { splitRegions } from "../../markdown/regions.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import type { SheetDocument } from "../types.js";

/** Levels of detail the template is rendered at (`sheet.detail`), most first. */
const DETAIL = [2, 1, 0] as const;

/** Returns what the cheat sheet template receives: the model and `sheet.detail` (2: most, 0: least). */
export function sheetData(model: Model, detail: number): object {
  return { ...model, sheet: { detail } };
}

/** Returns the cheat sheet's blocks at each level of detail (renderings that come out the same are kept once); throws DiagnosticError for template errors. */
export function cheatsheetDocument(model: Model, options: CheatsheetOptions): SheetDocument {
  const template = loadTemplate("cheatsheet", { templatesDir: options.templatesDir ?? undefined });
  const rendered = [...new Set(DETAIL.map((detail) => template.render(sheetData(model, detail))))];
  const { title, author, language } = model.document;
  return {
    kind: "sheet",
    name: "cheatsheet",
    info: { title: title || "Interview cheat sheet", author, subject: "Cheat sheet", keywords: [], language },
    template: { path: template.path, layout: template.layout },
    variants: rendered.map((markdown) => {
      const regions = splitRegions(markdown);
      return { header: parseMarkdown(regions.header), body: parseMarkdown(regions.body), footer: parseMarkdown(regions.footer) };
    }),
  };
}
