/// <reference types="pdfkit" />
/** Creating a document: fonts loaded, metadata set, creation date pinned for byte-identical output. */
import { fontKey } from "./draw.js";
import { FontMetrics, loadFaces, type FontkitFont } from "./fonts.js";
import { PdfDocument } from "./pdf.js";
import { pdfkit } from "./modules.js";
import type { FontSettings } from "./types.js";

/** Document metadata written to the PDF info dictionary. */
export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string[];
}

/** Options of `createPdf`. */
export interface PdfOptions {
  size: [number, number];
  info?: PdfInfo;
  fonts?: FontSettings;
}

/** Returns the creation date used for every PDF: SOURCE_DATE_EPOCH when set, else 2000-01-01. */
export function pinnedDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date(Date.UTC(2000, 0, 1));
}

/** Returns a new document with the fonts loaded and no page yet. */
export async function createPdf(options: PdfOptions): Promise<PdfDocument> {
  const PDFKitDocument = pdfkit();
  const faces = await loadFaces(options.fonts);
  const date = pinnedDate();
  const info = options.info ?? {};
  const doc = new PDFKitDocument({
    size: options.size,
    autoFirstPage: false,
    bufferPages: false,
    // pdfkit would keep each word's shaping per document, for good: the fonts' shaping views cache it, bounded (shaping.ts).
    fontLayoutCache: false,
    compress: true,
    info: {
      Title: info.title ?? "",
      Author: info.author ?? "",
      Subject: info.subject ?? "",
      Keywords: (info.keywords ?? []).join(", "),
      Producer: "prep-print",
      Creator: "prep-print",
      CreationDate: date,
      ModDate: date,
    },
  });
  faces.forEach((face, i) => {
    doc.registerFont(fontKey(i, {}), asFontSource(face.regular.font));
    doc.registerFont(fontKey(i, { bold: true }), asFontSource(face.bold.font));
  });
  return new PdfDocument(doc, new FontMetrics(faces), options.size);
}

// pdfkit takes a fontkit font object (anything with `layout`) as a font source; @types/pdfkit omits that form.
function asFontSource(font: FontkitFont): PDFKit.Mixins.PDFFontSource {
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}


/** Loads pdfkit and the fonts, and sets up the fonts' shaping, ahead of the first document (a helper thread does this while the notes are read). */
export async function prepareTypesetter(fonts?: FontSettings): Promise<void> {
  pdfkit();
  for (const face of await loadFaces(fonts)) {
    face.regular.font.layout("Ab");
    face.bold.font.layout("Ab");
  }
}
