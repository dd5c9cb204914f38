/** The cheat sheet's own template keys (front matter `extra`), validated with their defaults. */
import { DiagnosticError, diagnostic } from "../../diagnostics.js";
import type { LayoutSettings } from "../../templates/index.js";

/** Product settings read from the template's front matter; sizes in points. */
export interface SheetOptions {
  /** Space between columns. Default 14. */
  columnGap: number;
  /** Space between header, body and footer at scale 1. Default 8. */
  regionGap: number;
  /** Space between paragraphs at scale 1. Default: 0.45 × fontSize. */
  paragraphGap: number;
  /** Columns of the footer strip. Default: the body's columns. */
  footerColumns: number;
  /** Largest body size when the content is short. Default: `fontSize` (never grow). */
  maxFontSize: number;
  /** Hairlines between columns and around the body. Default true. */
  rules: boolean;
}

/** Returns the cheat sheet options of a template layout; throws DiagnosticError at `file` for a bad value. */
export function sheetOptions(layout: LayoutSettings, file: string): SheetOptions {
  const extra = layout.extra;
  const number = (key: string, fallback: number, min: number, max: number): number => {
    const value = extra[key];
    if (value === undefined) return fallback;
    if (typeof value === "number" && Number.isFinite(value) && value >= min && value <= max) return value;
    const message = `\`${key}\` must be a number from ${min} to ${max}, got \`${String(value)}\``;
    throw new DiagnosticError([diagnostic("error", { file }, message, "template-front-matter")]);
  };
  const rules = extra.rules;
  if (rules !== undefined && typeof rules !== "boolean") {
    throw new DiagnosticError([diagnostic("error", { file }, `\`rules\` must be true or false, got \`${String(rules)}\``, "template-front-matter")]);
  }
  return {
    columnGap: number("columnGap", 14, 0, 72),
    regionGap: number("regionGap", 8, 0, 72),
    paragraphGap: number("paragraphGap", layout.fontSize * 0.45, 0, 36),
    footerColumns: Math.round(number("footerColumns", layout.columns, 1, 8)),
    maxFontSize: number("maxFontSize", layout.fontSize, layout.fontSize, 72),
    rules: rules ?? true,
  };
}
