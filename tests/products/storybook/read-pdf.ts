/** Test helper: what a reader of a PDF sees, via pdfjs-dist: text with positions, bookmarks, links, metadata. */
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A piece of text on a page; `x`, `y` from the bottom-left, `size` the font size. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  size: number;
}

/** A link area on a page and the 0-based page it goes to. */
export interface LinkArea {
  rect: [number, number, number, number];
  target: number;
  /** The text inside the area. */
  text: string;
}

/** A bookmark, flattened: its title, 0-based target page and depth (0 = top level). */
export interface Bookmark {
  title: string;
  page: number;
  depth: number;
}

/** Everything the tests read from one PDF. */
export interface ReadPdf {
  height: number;
  pages: TextItem[][];
  links: LinkArea[][];
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

/** Returns the squashed text (no whitespace) of a list of items. */
export function squash(text: string): string {
  return text.replace(/\s+/g, "");
}

/** Returns the text pieces, links, bookmarks and metadata of a PDF. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: TextItem[][] = [];
  const links: LinkArea[][] = [];
  let height = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if ("str" in item && item.str !== "") items.push({ str: item.str, x: item.transform[4], y: item.transform[5], size: Math.abs(item.transform[3]) });
    }
    pages.push(items);
    const areas: LinkArea[] = [];
    for (const a of await page.getAnnotations()) {
      if (a.subtype !== "Link" || a.dest === undefined || a.dest === null) continue;
      const rect = a.rect as [number, number, number, number];
      const inside = items.filter((t) => t.x >= rect[0] - 1 && t.x < rect[2] && t.y >= rect[1] - 2 && t.y <= rect[3]);
      areas.push({ rect, target: await pageOf(doc, a.dest), text: inside.map((t) => t.str).join("") });
    }
    links.push(areas);
  }
  const bookmarks: Bookmark[] = [];
  const walk = async (nodes: { title: string; dest: unknown; items: unknown[] }[] | null, depth: number) => {
    for (const node of nodes ?? []) {
      bookmarks.push({ title: node.title, page: await pageOf(doc, node.dest), depth });
      await walk(node.items as typeof nodes, depth + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { height, pages, links, bookmarks, info: meta.info as Record<string, unknown> };
}
