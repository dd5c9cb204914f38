/** The typesetter: markdown blocks → laid-out, font-embedded PDF (the only pdfkit user). */
export type { Anchor, Box, FlowResult, FontSettings, Frame, TextSettings } from "./types.js";
export { createPdf, pinnedDate, prepareTypesetter, type PdfInfo, type PdfOptions } from "./create.js";
export { PdfDocument, type OutlineHandle } from "./pdf.js";
export { searchScale } from "./fit.js";
export { frameBoxes } from "./flow.js";
export { defaultFontPaths, prefetchFonts } from "./fonts.js";
export { POINTS_PER_MM, PAPER_SIZES, marginsInPoints, mm } from "./units.js";
