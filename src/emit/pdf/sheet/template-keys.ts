/** The cheat sheet template's own front-matter keys, validated with their defaults. */
import { boolean, field, number, object } from "../../../schema.js";
import { templateKeys, type LayoutSettings } from "../../../templates/index.js";

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
  /** Columns of a sheet for one interview round (`--principle a,b`). Default 2. */
  roundColumns: number;
  /** Largest body size of a sheet for one round. Default 18. */
  roundMaxFontSize: number;
}

const SHEET_KEYS = object(
  {
    columnGap: field(number({ min: 0, max: 72 }), 14),
    regionGap: field(number({ min: 0, max: 72 }), 8),
    paragraphGap: field(number({ min: 0, max: 36 }), undefined),
    footerColumns: field(number({ min: 1, max: 8 }), undefined),
    maxFontSize: field(number({ min: 3, max: 72 }), undefined),
    rules: field(boolean, true),
    roundColumns: field(number({ min: 1, max: 8, integer: true }), 2),
    roundMaxFontSize: field(number({ min: 3, max: 72 }), 18),
  },
  { extra: "ignore" },
);

/** Returns the cheat sheet options of a template; throws DiagnosticError at the key's line for a bad value. */
export function sheetOptions(layout: LayoutSettings, path: string): SheetOptions {
  const keys = templateKeys(SHEET_KEYS, { path, layout });
  return {
    columnGap: keys.columnGap,
    regionGap: keys.regionGap,
    paragraphGap: keys.paragraphGap ?? layout.fontSize * 0.45,
    footerColumns: Math.round(keys.footerColumns ?? layout.columns),
    maxFontSize: Math.max(keys.maxFontSize ?? layout.fontSize, layout.fontSize),
    rules: keys.rules,
    roundColumns: keys.roundColumns,
    roundMaxFontSize: Math.max(keys.roundMaxFontSize, layout.fontSize),
  };
}
