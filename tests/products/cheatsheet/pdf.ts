/** Test helper: what a reader sees on a cheat sheet PDF — pages, page size, words with place and size. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A piece of text on the page; x, y in points from the top-left. */
export interface Word {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** What the PDF holds. */
export interface PdfText {
  pages: number;
  /** Width and height of the first page in points. */
  size: [number, number];
  /** Words of the first page. */
  words: Word[];
}

/** Returns the page count, first page size and first page words of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const [, , width = 0, height = 0] = page.view;
  const words: Word[] = [];
  for (const item of (await page.getTextContent()).items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a = 0, , , , x = 0, y = 0] = item.transform as number[];
    words.push({ str: item.str, x, y: height - y, width: item.width, size: Math.abs(a) });
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, size: [width, height], words };
}

/** Returns the lines of text of each column (columns split at the x positions given), top to bottom. */
export function columnLines(words: readonly Word[], columnStarts: readonly number[]): string[][] {
  const columns: Word[][] = columnStarts.map(() => []);
  for (const word of words) {
    const index = columnStarts.findLastIndex((start) => word.x >= start - 1);
    columns[Math.max(index, 0)]?.push(word);
  }
  return columns.map((column) => {
    const rows: Word[][] = [];
    for (const word of [...column].sort((a, b) => a.y - b.y || a.x - b.x)) {
      const row = rows.find((r) => Math.abs((r[0]?.y ?? 0) - word.y) < 1);
      if (row) row.push(word);
      else rows.push([word]);
    }
    return rows.map(joinRow);
  });
}

function joinRow(row: Word[]): string {
  const sorted = [...row].sort((a, b) => a.x - b.x);
  let line = "";
  let end = -Infinity;
  for (const word of sorted) {
    line += word.x - end > word.size * 0.12 && line !== "" ? ` ${word.str}` : word.str;
    end = word.x + word.width;
  }
  return line.trim();
}

/** Returns the text with all whitespace removed, for containment checks across line breaks. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
