/** The cheat sheet: every principle with its stories, from the `cheatsheet` template, cut into header, body and footer. */
import type { CheatsheetOptions } from "../../config.js";
import { parseMarkdown } from "../../markdown/parse.js";
import { splitRegions } from "../../markdown/regions.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import { findPrinciples, questionIsAbout, storyIsAbout } from "../about.js";
import type { SheetDocument } from "../types.js";

/** Levels of detail the template is rendered at (`sheet.detail`), most first; the last, -1, summarises (counts and first titles). */
const DETAIL = [2, 1, 0, -1] as const;

/** Returns what the cheat sheet template receives: the model, `sheet.detail` (2: most, 0: least, -1: a summary) and `sheet.round` (the principles of one interview round only). */
export function sheetData(model: Model, detail: number, round = false): object {
  return { ...model, sheet: { detail, round } };
}

/** Returns the model narrowed to the named principles (and the stories and questions about them); the whole model when none are named. */
function roundModel(model: Model, names: readonly string[]): Model {
  if (names.length === 0) return model;
  const about = findPrinciples(model, names);
  return { ...model, principles: about, stories: model.stories.filter((s) => storyIsAbout(s, about)), questions: model.questions.filter((q) => questionIsAbout(q, about)) };
}

/** Returns the cheat sheet's blocks at each level of detail (renderings that come out the same are kept once); throws DiagnosticError for template errors. */
export function cheatsheetDocument(model: Model, options: CheatsheetOptions): SheetDocument {
  const template = loadTemplate("cheatsheet", { templatesDir: options.templatesDir ?? undefined });
  const round = options.principles.length > 0;
  const shown = roundModel(model, options.principles);
  const renderings = DETAIL.map((detail) => template.render(sheetData(shown, detail, round)));
  const rendered = [...new Set(renderings)];
  // A template that ignores the summary level renders it as another level: it then has no summary.
  const summary = renderings.indexOf(renderings.at(-1) ?? "") === renderings.length - 1 ? rendered.length - 1 : null;
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
    round,
    summary,
  };
}
