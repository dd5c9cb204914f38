/** Layout settings from a template's front matter: validated with the shared schema, every field resolved. */
import { DiagnosticError, diagnostic, type Diagnostic } from "../diagnostics.js";
import { custom, either, field, issueMessage, number, object, oneOf, validate, type Issue, type Schema } from "../schema.js";
import type { TemplateSource } from "./source.js";

/** Page margins in millimetres. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** How a template asks the typesetter to lay out its markdown. */
export interface LayoutSettings {
  paper: "a4" | "letter";
  margins: Readonly<Margins>;
  columns: number;
  /** Body size in points. */
  fontSize: number;
  /** Smallest size `fit: shrink` may go down to, in points. */
  minFontSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  fit: "shrink" | "none";
  /** Front matter keys that are not layout settings, for the product or emitter that uses the template. */
  extra: Readonly<Record<string, unknown>>;
  /** The file line where each front matter key is first set, for messages about it. */
  keyLines: Readonly<Record<string, number>>;
}

/** Defaults for keys a template leaves out. */
export const DEFAULT_LAYOUT: LayoutSettings = Object.freeze({
  paper: "a4",
  margins: Object.freeze({ top: 15, right: 15, bottom: 15, left: 15 }),
  columns: 1,
  fontSize: 10,
  minFontSize: 6,
  lineHeight: 1.3,
  fit: "none",
  extra: Object.freeze({}),
  keyLines: Object.freeze({}),
});

const SIDE = number({ min: 0, max: 100 });
const ALL_SIDES = custom("a number of millimetres from 0 to 100", (v): Margins | undefined =>
  typeof v === "number" && v >= 0 && v <= 100 ? { top: v, right: v, bottom: v, left: v } : undefined,
);
const MARGINS = either(ALL_SIDES, object({ top: field(SIDE, 15), right: field(SIDE, 15), bottom: field(SIDE, 15), left: field(SIDE, 15) }, { what: "a mapping with top, right, bottom, left" }));

const LAYOUT_SHAPE = {
  paper: field(oneOf(["a4", "letter"] as const), DEFAULT_LAYOUT.paper),
  margins: field(MARGINS, DEFAULT_LAYOUT.margins),
  columns: field(number({ min: 1, max: 8, integer: true }), DEFAULT_LAYOUT.columns),
  fontSize: field(number({ min: 3, max: 72 }), DEFAULT_LAYOUT.fontSize),
  minFontSize: field(number({ min: 3, max: 72 }), undefined),
  lineHeight: field(number({ min: 0.8, max: 3 }), DEFAULT_LAYOUT.lineHeight),
  fit: field(oneOf(["shrink", "none"] as const), DEFAULT_LAYOUT.fit),
};
const LAYOUT = object(LAYOUT_SHAPE, { extra: "ignore" });

/** Returns the file line of every `key:` in the front matter text (its first occurrence). */
function keyLinesOf(source: TemplateSource): Record<string, number> {
  const lines: Record<string, number> = {};
  source.matterText.split("\n").forEach((line, index) => {
    const key = /^\s*([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key !== undefined && !(key in lines)) lines[key] = index + 1;
  });
  return lines;
}

/** Returns diagnostics for schema issues in a template's front matter, each at the line of its innermost key. */
function frontMatterDiagnostics(issues: readonly Issue[], path: string, keyLines: Readonly<Record<string, number>>): Diagnostic[] {
  return issues.map((issue) => {
    const key = [...issue.path].reverse().find((p): p is string => typeof p === "string");
    const line = (key === undefined ? undefined : keyLines[key]) ?? 1;
    return diagnostic("error", { file: path, line, column: 1 }, issueMessage(issue), "template-front-matter", issue.suggestion);
  });
}

/** Returns the resolved layout of a template; throws DiagnosticError listing every bad value. */
export function resolveLayout(source: TemplateSource): LayoutSettings {
  const keyLines = keyLinesOf(source);
  const { value, issues } = validate(LAYOUT, source.data);
  const minFontSize = value?.minFontSize;
  if (value !== undefined && minFontSize !== undefined && minFontSize > value.fontSize) {
    issues.push({ path: ["minFontSize"], message: `must be a number from 3 to ${value.fontSize} (the fontSize), got \`${minFontSize}\`` });
  }
  if (value === undefined || issues.length > 0) throw new DiagnosticError(frontMatterDiagnostics(issues, source.path, keyLines));
  const extra = Object.fromEntries(Object.entries(source.data).filter(([key]) => !(key in LAYOUT_SHAPE)));
  return Object.freeze({
    ...value,
    margins: Object.freeze({ ...value.margins }),
    minFontSize: minFontSize ?? Math.min(DEFAULT_LAYOUT.minFontSize, value.fontSize),
    extra: Object.freeze(extra),
    keyLines: Object.freeze(keyLines),
  });
}

/** Returns a template's own keys (beyond the layout) checked by `schema`; throws DiagnosticError with each problem at its line. */
export function templateKeys<T>(schema: Schema<T>, template: { path: string; layout: LayoutSettings }): T {
  const { value, issues } = validate(schema, template.layout.extra);
  if (value !== undefined) return value;
  throw new DiagnosticError(frontMatterDiagnostics(issues, template.path, template.layout.keyLines));
}
