/** The cheat sheet: every principle with its stories, from the `cheatsheet` template, cut into header, body and footer. */
import type { CheatsheetOptions } from "../../config.js";
import { parseMarkdown } from "../../markdown/parse.js";
import { splitRegions } from "../../markdown/regions.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import type { SheetDocument } from "../types.js";

/** Returns the cheat sheet's blocks; throws DiagnosticError for template errors. */
export function cheatsheetDocument(model: Model, options: CheatsheetOptions): SheetDocument {
  const template = loadTemplate("cheatsheet", { templatesDir: options.templatesDir ?? undefined });
  const regions = splitRegions(template.render(model));
  const { title, author, language } = model.document;
  return {
    kind: "sheet",
    name: "cheatsheet",
    info: { title: title || "Interview cheat sheet", author, subject: "Cheat sheet", keywords: [], language },
    template: { path: template.path, layout: template.layout },
    header: parseMarkdown(regions.header),
    body: parseMarkdown(regions.body),
    footer: parseMarkdown(regions.footer),
  };
}
