/** The cheat sheet on paper: exactly one page, shrunk to fit, summarised when even the least detailed does not fit, or refused with what overflowed. */
import type { PdfOptions } from "../../../config.js";
import { DiagnosticError, diagnostic, type Diagnostic } from "../../../diagnostics.js";
import type { SheetDocument } from "../../../products/types.js";
import type { EmitOutput } from "../../types.js";
import { createPdf, type TextSettings } from "../typeset/index.js";
import { balancePlan, drawSheet, searchSheet, sheetFrame, type SheetBlocks } from "./frame.js";
import { overflowError } from "./overflow.js";
import { sheetOptions } from "./template-keys.js";

/**
 * Returns `cheatsheet.pdf`: the most detailed rendering that fits, else the summary (with a `cheatsheet-summarised`
 * warning); throws DiagnosticError for bad template keys and for content that does not fit one page even so.
 */
export async function emitSheet(document: SheetDocument, options: PdfOptions): Promise<EmitOutput> {
  const { path } = document.template;
  const sheet = sheetOptions(document.template.layout, path);
  // A round's sheet holds a few principles: fewer columns, and type that may grow larger.
  const layout = document.round ? { ...document.template.layout, columns: sheet.roundColumns } : document.template.layout;
  const maxFontSize = document.round ? sheet.roundMaxFontSize : sheet.maxFontSize;
  const paper = options.paper ?? layout.paper;
  const frame = sheetFrame(paper, layout, sheet);
  const text: TextSettings = { fontSize: layout.fontSize, lineHeight: layout.lineHeight, paragraphGap: sheet.paragraphGap, align: "left" };
  const shrink = layout.fit === "shrink";
  const min = shrink ? layout.minFontSize / layout.fontSize : 1;
  const max = shrink ? maxFontSize / layout.fontSize : 1;
  const doc = await createPdf({ size: frame.size, info: document.info });
  // The most detailed rendering that fits at the template's size or larger; the least detailed may shrink.
  let blocks: SheetBlocks = { header: [], body: [], footer: [] };
  let found: ReturnType<typeof searchSheet> | undefined;
  const detailed = document.summary === null ? document.variants : document.variants.filter((_, i) => i !== document.summary);
  for (const [i, variant] of detailed.entries()) {
    blocks = variant;
    const last = i === detailed.length - 1;
    found = searchSheet(doc, blocks, frame, text, last ? min : Math.max(min, Math.min(1, max)), max);
    if (found.fits) break;
  }
  const summary = document.summary === null ? undefined : document.variants[document.summary];
  const diagnostics: Diagnostic[] = [];
  if (!found?.fits && summary) {
    blocks = summary;
    found = searchSheet(doc, blocks, frame, text, min, max);
    if (found.fits) diagnostics.push(summarisedWarning(path, paper, layout.fontSize * min));
  }
  if (!found?.fits) {
    throw overflowError(doc, blocks, frame, text, min, { templatePath: path, paper, fontSize: layout.fontSize * min });
  }
  const plan = balancePlan(doc, blocks, found.plan, text, sheet.regionGap);
  const left = drawSheet(doc, blocks, plan, frame, text);
  if (left.length > 0 || doc.pageCount !== 1) {
    const message = `The cheat sheet could not be laid out on one page (${left.length} blocks left over)`;
    throw new DiagnosticError([diagnostic("error", { file: path }, message, "cheatsheet-overflow")]);
  }
  const size = layout.fontSize * plan.scale;
  return {
    files: [{ file: "cheatsheet.pdf", bytes: await doc.end() }],
    pages: 1,
    summary: `${paper === "a4" ? "A4" : "Letter"}, ${size.toFixed(1)} pt type`,
    missingGlyphs: doc.missingGlyphs.map(({ char, codePoint }) => ({ char, codePoint })),
    diagnostics,
  };
}

/** The warning of a sheet that holds only the summary: what it leaves to the story book, and why. */
function summarisedWarning(templatePath: string, paper: "a4" | "letter", fontSize: number): Diagnostic {
  const page = `one ${paper === "a4" ? "A4" : "Letter"} page even at ${Number(fontSize.toFixed(2))} pt`;
  const message =
    `The cheat sheet summarises: the notes do not fit ${page} with every story listed, so each principle shows` +
    " how many stories and questions it has and its first three stories; the story book holds them all";
  return diagnostic("warning", { file: templatePath }, message, "cheatsheet-summarised");
}
