/** Layout settings from a template's front matter: validated, with every field resolved. */
import { DiagnosticError, diagnostic, type Diagnostic } from "../diagnostics.js";
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
  /** Front matter keys that are not layout settings, for the product that uses the template. */
  extra: Readonly<Record<string, unknown>>;
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
});

const LAYOUT_KEYS = new Set(["paper", "margins", "columns", "fontSize", "minFontSize", "lineHeight", "fit"]);
const SIDES = ["top", "right", "bottom", "left"] as const;

type Check<T> = { value: T } | { error: string };

function numberIn(value: unknown, min: number, max: number, integer = false): Check<number> {
  const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
  if (ok && (!integer || Number.isInteger(value))) return { value };
  const kind = integer ? "a whole number" : "a number";
  return { error: `must be ${kind} from ${min} to ${max}, got \`${String(value)}\`` };
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): Check<T> {
  const found = allowed.find((option) => option === value);
  if (found !== undefined) return { value: found };
  return { error: `must be one of ${allowed.map((a) => `\`${a}\``).join(", ")}, got \`${String(value)}\`` };
}

function margins(value: unknown): Check<Margins> {
  const side = (v: unknown): Check<number> => numberIn(v, 0, 100);
  if (typeof value === "number") {
    const all = side(value);
    return "error" in all ? all : { value: { top: all.value, right: all.value, bottom: all.value, left: all.value } };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: "must be a number of millimetres or a mapping with top, right, bottom, left" };
  }
  const result: Margins = { ...DEFAULT_LAYOUT.margins };
  for (const [key, raw] of Object.entries(value)) {
    const name = SIDES.find((s) => s === key);
    if (name === undefined) return { error: `has unknown side \`${key}\` (use top, right, bottom, left)` };
    const checked = side(raw);
    if ("error" in checked) return { error: `${name} ${checked.error}` };
    result[name] = checked.value;
  }
  return { value: result };
}

/** Returns the 1-based file line where `key` is set in the front matter, or 1. */
function keyLine(source: TemplateSource, key: string): number {
  const index = source.matterText.split("\n").findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index < 0 ? 1 : index + 1;
}

/** Returns the resolved layout of a template; throws DiagnosticError listing every bad value. */
export function resolveLayout(source: TemplateSource): LayoutSettings {
  const data = source.data;
  const problems: Diagnostic[] = [];
  function take<T>(key: string, check: (value: unknown) => Check<T>, fallback: T): T {
    if (!(key in data)) return fallback;
    const checked = check(data[key]);
    if ("value" in checked) return checked.value;
    const place = { file: source.path, line: keyLine(source, key), column: 1 };
    problems.push(diagnostic("error", place, `\`${key}\` ${checked.error}`, "template-front-matter"));
    return fallback;
  }
  const fontSize = take("fontSize", (v) => numberIn(v, 3, 72), DEFAULT_LAYOUT.fontSize);
  const layout: LayoutSettings = {
    paper: take("paper", (v) => oneOf(v, ["a4", "letter"] as const), DEFAULT_LAYOUT.paper),
    margins: Object.freeze(take("margins", margins, DEFAULT_LAYOUT.margins)),
    columns: take("columns", (v) => numberIn(v, 1, 8, true), DEFAULT_LAYOUT.columns),
    fontSize,
    minFontSize: take("minFontSize", (v) => numberIn(v, 3, fontSize), Math.min(DEFAULT_LAYOUT.minFontSize, fontSize)),
    lineHeight: take("lineHeight", (v) => numberIn(v, 0.8, 3), DEFAULT_LAYOUT.lineHeight),
    fit: take("fit", (v) => oneOf(v, ["shrink", "none"] as const), DEFAULT_LAYOUT.fit),
    extra: Object.freeze(Object.fromEntries(Object.entries(data).filter(([key]) => !LAYOUT_KEYS.has(key)))),
  };
  if (problems.length > 0) throw new DiagnosticError(problems);
  return Object.freeze(layout);
}
