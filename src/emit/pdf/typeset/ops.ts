/** Drawing operations produced by layout and executed by the PDF document (absolute coordinates, top-left origin). */
import type { LineCache } from "./cache.js";
import type { RunStyle } from "../../../markdown/types.js";

/** One thing to draw, or a place to record. */
export type Op =
  | { op: "text"; x: number; baseline: number; text: string; style: RunStyle; size: number; color: string }
  | { op: "rect"; x: number; y: number; width: number; height: number; fill: string }
  | { op: "line"; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { op: "link"; x: number; y: number; width: number; height: number; target: string }
  | { op: "anchor"; name: string; y: number };

/** Font measurement the layout needs; widths in points. */
export interface Metrics {
  width(text: string, style: RunStyle, size: number): number;
  /** Ascent and descent of the main face as fractions of the font size (both positive). */
  ascent: number;
  descent: number;
}

/** Everything a layout pass needs besides the blocks. */
export interface LayoutContext {
  metrics: Metrics;
  fontSize: number;
  lineHeight: number;
  paragraphGap: number;
  align: "left" | "justify" | "center";
  color: string;
  /** Multiplies font sizes and spacing together. */
  scale: number;
  /** Lines already broken in earlier passes over the same blocks. */
  lines?: LineCache;
  /** Height of the whole region being filled: a kept section moves to the next region when it fits in one. */
  regionHeight?: number;
  /** Only heights and what does not fit are wanted (a fit search, a measurement): no text is made to draw. */
  measuring?: boolean;
}

/** Colours of the typeset page. */
export const COLORS = { text: "#1b1b1b", link: "#1f4e8c", codeBg: "#eef1f4", rule: "#9aa3ad", quote: "#c4ccd6", muted: "#5b6470" };
