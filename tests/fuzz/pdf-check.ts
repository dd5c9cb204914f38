/** Checks a written PDF the way a reader would: it opens, has pages, and gives text (pdfjs-dist, no system tool). */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** What opening one PDF showed. */
export interface PdfReport {
  pages: number;
  /** Characters of text over all pages. */
  characters: number;
  /** Why the PDF is not valid; absent when it is. */
  problem?: string;
}

/** Returns the page count and amount of text of a PDF, or why it cannot be read. */
export async function checkPdf(bytes: Uint8Array): Promise<PdfReport> {
  let pages = 0;
  let characters = 0;
  try {
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
    pages = pdf.numPages;
    for (let n = 1; n <= pages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      for (const item of content.items) if ("str" in item) characters += item.str.length;
    }
    await pdf.destroy();
  } catch (error) {
    return { pages, characters, problem: `does not open: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (pages < 1) return { pages, characters, problem: "has no pages" };
  if (characters === 0) return { pages, characters, problem: "has no text" };
  return { pages, characters };
}
