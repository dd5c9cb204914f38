/** The typesetter: markdown blocks → laid-out, font-embedded PDF (the only pdfkit user). */
export type { Anchor, Block, Box, FlowResult, FontSettings, Frame, ListItem, Run, RunStyle, TextSettings } from "./types.js";
export { parseMarkdown } from "./blocks.js";
export { createPdf, pinnedDate, type PdfInfo, type PdfOptions } from "./create.js";
export { PdfDocument, type OutlineHandle } from "./pdf.js";
export { breakLines, splitSegment, type Line, type LineItem, type Measure } from "./lines.js";
export { segmentRuns, sliceRuns, CLOSING, type Segment, type Piece } from "./words.js";
export { resolveGlyphs, SUBSTITUTES, type MissingGlyph } from "./glyphs.js";
export { searchScale } from "./fit.js";
export { frameBoxes } from "./flow.js";
export { defaultFontPaths } from "./fonts.js";
export { POINTS_PER_MM, PAPER_SIZES, marginsInPoints, mm } from "./units.js";
