/** Shared types of the typesetter: the block tree, inline runs and layout settings. */

/** How a piece of inline text is set. */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** "#name" for a named destination, otherwise a URL. */
  link?: string;
}

/** A piece of inline text in one style; "\n" inside `text` is a hard line break. */
export interface Run extends RunStyle {
  text: string;
}

/** A block of the document, made from markdown by `parseMarkdown`. */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; ordered: boolean; start: number; delimiter: "." | ")"; items: ListItem[] }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "code"; text: string }
  | { kind: "hr" }
  | { kind: "table"; header: Run[][]; rows: Run[][][] }
  | { kind: "page" }
  | { kind: "column" }
  | { kind: "anchor"; name: string };

/** One list item; `continued` marks the rest of an item split over two regions (no marker drawn). */
export interface ListItem {
  blocks: Block[];
  continued?: boolean;
}

/** A rectangle in PDF points, origin top-left (pdfkit coordinates). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text settings at scale 1; `lineHeight` is a multiple of `fontSize`, the rest are points. */
export interface TextSettings {
  fontSize: number;
  lineHeight: number;
  paragraphGap: number;
  align: "left" | "justify";
  color?: string;
}

/** Font files; defaults are Noto Sans KR Regular and Bold. */
export interface FontSettings {
  regular?: string;
  bold?: string;
  fallbacks?: string[];
}

/** Where an `<!-- anchor NAME -->` landed; `page` is 0-based, `y` in points from the top. */
export interface Anchor {
  name: string;
  page: number;
  y: number;
}

/** What a layout call placed and what it could not. */
export interface FlowResult {
  overflow: Block[];
  anchors: Anchor[];
  /** Height used in the last box written to. */
  height: number;
  /** Number of pages written to (1 for a single page). */
  pages: number;
}

/** A page frame: margins and columns; `size` defaults to the document's page size. */
export interface Frame {
  margins: { top: number; right: number; bottom: number; left: number };
  columns: number;
  gap: number;
  size?: [number, number];
}
