/** Test helper: the text of a PDF with positions, read with pdfjs-dist (no system tools). */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface TextItem {
  str: string;
  x: number;
  /** From the top of the page. */
  y: number;
  fontName: string;
}

/** Returns the text items of each page. */
export async function pdfItems(bytes: Uint8Array): Promise<TextItem[][]> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: TextItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!("str" in item) || item.str === "") continue;
      items.push({ str: item.str, x: item.transform[4] as number, y: height - (item.transform[5] as number), fontName: item.fontName });
    }
    pages.push(items);
  }
  await pdf.destroy();
  return pages;
}

/** Returns each page's lines (items sharing a baseline, left to right), joined without separators. */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
  return (await pdfItems(bytes)).map((items) => {
    const rows = new Map<number, TextItem[]>();
    for (const item of items) {
      const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 1.5) ?? item.y;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row.sort((a, b) => a.x - b.x).map((i) => i.str).join(""));
  });
}
