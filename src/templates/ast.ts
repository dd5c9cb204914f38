/** Small walks over a parsed Handlebars template (hbs.AST), done before compiling. */
import type Handlebars from "handlebars";

type Program = hbs.AST.Program;

/** A `{{> name}}` found in a template, with its place in the body (1-based line, 0-based column). */
export interface PartialUse {
  name: string;
  line: number;
  column: number;
}

function isNode(value: unknown): value is { type: string } & Record<string, unknown> {
  return typeof value === "object" && value !== null && "type" in value && typeof value.type === "string";
}

/** Calls `visit` on every AST node below `root` (depth first, source order). */
function walk(root: unknown, visit: (node: { type: string } & Record<string, unknown>) => void): void {
  if (Array.isArray(root)) {
    root.forEach((item) => walk(item, visit));
    return;
  }
  if (typeof root !== "object" || root === null) return;
  if (isNode(root)) visit(root);
  for (const [key, value] of Object.entries(root)) {
    if (key !== "loc" && typeof value === "object") walk(value, visit);
  }
}

/** Returns the static partial names a template uses (`{{> name}}`, `{{#> name}}`), in source order. */
export function partialUses(program: Program): PartialUse[] {
  const uses: PartialUse[] = [];
  walk(program, (node) => {
    if (node.type !== "PartialStatement" && node.type !== "PartialBlockStatement") return;
    const name = node.name;
    if (!isNode(name) || name.type !== "PathExpression" || typeof name.original !== "string") return;
    const loc = locationOf(node);
    uses.push({ name: name.original, line: loc.line, column: loc.column });
  });
  return uses;
}

function locationOf(node: Record<string, unknown>): { line: number; column: number } {
  const loc = node.loc;
  if (typeof loc !== "object" || loc === null || !("start" in loc)) return { line: 0, column: 0 };
  const start = loc.start;
  if (typeof start !== "object" || start === null || !("line" in start) || !("column" in start)) return { line: 0, column: 0 };
  return { line: Number(start.line), column: Number(start.column) };
}

/**
 * Marks every path expression strict. Handlebars' `strict` mode checks `{{field}}` but looks up helper
 * arguments (`{{#if field}}`, `{{truncate field 20}}`) leniently; this makes a misspelt argument an error too.
 */
export function makeLookupsStrict(program: Program): void {
  walk(program, (node) => {
    if (node.type === "PathExpression") node.strict = true;
  });
}

/** A Handlebars environment made by `Handlebars.create()`. */
export type HandlebarsInstance = ReturnType<typeof Handlebars.create>;
