/** The cheat sheet: every principle with its stories on exactly one page, shrunk to fit or refused. */
import { DiagnosticError, diagnostic } from "../../diagnostics.js";
import { loadTemplate } from "../../templates/index.js";
import { createPdf, parseMarkdown, type TextSettings } from "../../typeset/index.js";
import type { BuildProduct } from "../types.js";
import { sheetOptions } from "./options.js";
import { overflowError } from "./overflow.js";
import { splitRegions } from "./regions.js";
import { balancePlan, drawSheet, searchSheet, sheetFrame, type SheetBlocks } from "./sheet.js";

/** Builds `cheatsheet.pdf`; throws DiagnosticError for template errors and for content that does not fit one page. */
export const buildCheatsheet: BuildProduct = async ({ model, settings }) => {
  const template = loadTemplate("cheatsheet", { templatesDir: settings.templatesDir ?? undefined });
  const { layout } = template;
  const options = sheetOptions(layout, template.path);
  const regions = splitRegions(template.render(model));
  const blocks: SheetBlocks = { header: parseMarkdown(regions.header), body: parseMarkdown(regions.body), footer: parseMarkdown(regions.footer) };
  const paper = settings.paper ?? layout.paper;
  const frame = sheetFrame(paper, layout, options);
  const text: TextSettings = { fontSize: layout.fontSize, lineHeight: layout.lineHeight, paragraphGap: options.paragraphGap, align: "left" };
  const shrink = layout.fit === "shrink";
  const min = shrink ? layout.minFontSize / layout.fontSize : 1;
  const max = shrink ? options.maxFontSize / layout.fontSize : 1;
  const info = { title: model.document.title || "Interview cheat sheet", author: model.document.author, subject: "Cheat sheet" };
  const doc = await createPdf({ size: frame.size, info });
  const found = searchSheet(doc, blocks, frame, text, min, max);
  if (!found.fits) {
    throw overflowError(doc, blocks, frame, text, min, { templatePath: template.path, paper, fontSize: layout.fontSize * min });
  }
  const plan = balancePlan(doc, blocks, found.plan, text, options.regionGap);
  const left = drawSheet(doc, blocks, plan, frame, text);
  if (left.length > 0 || doc.pageCount !== 1) {
    const message = `The cheat sheet could not be laid out on one page (${left.length} blocks left over)`;
    throw new DiagnosticError([diagnostic("error", { file: template.path }, message, "cheatsheet-overflow")]);
  }
  const size = layout.fontSize * plan.scale;
  return {
    file: "cheatsheet.pdf",
    bytes: await doc.end(),
    pages: 1,
    summary: `${paper === "a4" ? "A4" : "Letter"}, ${size.toFixed(1)} pt type`,
    missingGlyphs: doc.missingGlyphs.map(({ char, codePoint }) => ({ char, codePoint })),
    diagnostics: [],
  };
};
