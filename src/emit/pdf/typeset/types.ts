/** Shared types of the typesetter: boxes, text and font settings, what a layout placed. */
import type { Block } from "../../../markdown/types.js";

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
  align: "left" | "justify" | "center";
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
