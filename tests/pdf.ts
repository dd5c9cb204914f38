/**
 * Test helper: a PDF as a reader sees it, read once with pdfjs-dist (pure JavaScript, no system tool):
 * pages with their text and places, links, bookmarks and metadata. Every test reads PDFs through it.
 */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A piece of text; `x` from the left, `y` of its baseline from the top of the page, in points. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Font size in points. */
  size: number;
  fontName: string;
}

/** A link area (x0, y0, x1, y1 from the bottom-left, as PDF rects are) and the 0-based page it goes to. */
export interface LinkArea {
  rect: [number, number, number, number];
  target: number;
  /** The text inside the area. */
  text: string;
}

/** One page: its size, its text (empty pieces left out) and its links to pages. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  links: LinkArea[];
}

/** A bookmark, flattened: its title, 0-based target page and depth (0 = top level). */
export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

/** Everything the tests read from one PDF. */
export interface PdfRead {
  pages: PdfPage[];
  bookmarks: Bookmark[];
  info: Record<string, unknown>;
}

type PdfDoc = Awaited<ReturnType<typeof getDocument>["promise"]>;

async function pageOf(doc: PdfDoc, dest: unknown): Promise<number> {
  const explicit = typeof dest === "string" ? await doc.getDestination(dest) : dest;
  if (!Array.isArray(explicit)) throw new Error(`Unresolved destination ${String(dest)}`);
  const ref: unknown = explicit[0];
  if (typeof ref === "number") return ref;
  return doc.getPageIndex(ref as Parameters<PdfDoc["getPageIndex"]>[0]);
}

async function readPage(doc: PdfDoc, n: number): Promise<PdfPage> {
  const page = await doc.getPage(n);
  const [, , width = 0, height = 0] = page.view;
  const items: PdfItem[] = [];
  for (const item of (await page.getTextContent()).items) {
    if (!("str" in item) || item.str === "") continue;
    const [a = 0, , , d = 0, x = 0, y = 0] = item.transform as number[];
    items.push({ str: item.str, x, y: height - y, width: item.width, height: item.height, size: Math.abs(d || a), fontName: item.fontName });
  }
  const links: LinkArea[] = [];
  for (const a of await page.getAnnotations()) {
    if (a.subtype !== "Link" || a.dest === undefined || a.dest === null) continue;
    const rect = a.rect as [number, number, number, number];
    const inside = items.filter((t) => t.x >= rect[0] - 1 && t.x < rect[2] && height - t.y >= rect[1] - 2 && height - t.y <= rect[3]);
    links.push({ rect, target: await pageOf(doc, a.dest), text: inside.map((t) => t.str).join("") });
  }
  return { width, height, items, links };
}

/** Returns the pages, bookmarks and metadata of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(doc, n));
  const bookmarks: Bookmark[] = [];
  const walk = async (nodes: { title: string; dest: unknown; items: unknown[] }[] | null, depth: number): Promise<void> => {
    for (const node of nodes ?? []) {
      bookmarks.push({ title: node.title, page: await pageOf(doc, node.dest), depth });
      await walk(node.items as typeof nodes, depth + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, bookmarks, info: meta.info as Record<string, unknown> };
}

/** Returns the text items of each page. */
export async function pdfItems(bytes: Uint8Array): Promise<PdfItem[][]> {
  return (await readPdf(bytes)).pages.map((page) => page.items);
}

/** Returns each page's lines (items sharing a baseline, left to right), joined without separators. */
export async function pdfLines(bytes: Uint8Array): Promise<string[][]> {
  return (await pdfItems(bytes)).map((items) => {
    const rows = new Map<number, PdfItem[]>();
    for (const item of items) {
      const key = [...rows.keys()].find((y) => Math.abs(y - item.y) < 1.5) ?? item.y;
      rows.set(key, [...(rows.get(key) ?? []), item]);
    }
    return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row.sort((a, b) => a.x - b.x).map((i) => i.str).join(""));
  });
}

/** Returns the lines of text of each column (columns split at the x positions given), top to bottom, words spaced. */
export function columnLines(items: readonly PdfItem[], columnStarts: readonly number[]): string[][] {
  const columns: PdfItem[][] = columnStarts.map(() => []);
  for (const item of items) {
    if (item.str.trim() === "") continue;
    const index = columnStarts.findLastIndex((start) => item.x >= start - 1);
    columns[Math.max(index, 0)]?.push(item);
  }
  return columns.map((column) => {
    const rows: PdfItem[][] = [];
    for (const item of [...column].sort((a, b) => a.y - b.y || a.x - b.x)) {
      const row = rows.find((r) => Math.abs((r[0]?.y ?? 0) - item.y) < 1);
      if (row) row.push(item);
      else rows.push([item]);
    }
    return rows.map(joinRow);
  });
}

function joinRow(row: PdfItem[]): string {
  let line = "";
  let end = -Infinity;
  for (const item of [...row].sort((a, b) => a.x - b.x)) {
    line += item.x - end > item.size * 0.12 && line !== "" ? ` ${item.str}` : item.str;
    end = item.x + item.width;
  }
  return line.trim();
}

/** Returns the text with all whitespace removed, for containment checks across line breaks. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}
