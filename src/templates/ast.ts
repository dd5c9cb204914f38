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

/** A call of a helper by a plain name (`{{shorten title 20}}`, `(join tags)`, `{{#each list}}`), with its place. */
export interface HelperCall {
  name: string;
  line: number;
  column: number;
}

/**
 * Returns the helper calls in a template: a plain name followed by arguments, which Handlebars can only
 * read as a helper (a field is never called), in source order.
 */
export function helperCalls(program: Program): HelperCall[] {
  const calls: HelperCall[] = [];
  walk(program, (node) => {
    if (node.type !== "MustacheStatement" && node.type !== "BlockStatement" && node.type !== "SubExpression") return;
    const path = node.path;
    const params = Array.isArray(node.params) ? node.params : [];
    if (!isNode(path) || path.type !== "PathExpression" || path.data === true || path.depth !== 0) return;
    if (!Array.isArray(path.parts) || path.parts.length !== 1 || typeof path.original !== "string") return;
    if (params.length === 0 && !isNode(node.hash)) return;
    const loc = locationOf(node);
    calls.push({ name: path.original, line: loc.line, column: loc.column });
  });
  return calls;
}

/** Returns the names of the inline partials a template defines (`{{#*inline "name"}}…{{/inline}}`). */
export function inlinePartialNames(program: Program): Set<string> {
  const names = new Set<string>();
  walk(program, (node) => {
    if (node.type !== "DecoratorBlock" && node.type !== "Decorator") return;
    const path = node.path;
    const first: unknown = Array.isArray(node.params) ? node.params[0] : undefined;
    if (!isNode(path) || path.original !== "inline" || !isNode(first) || first.type !== "StringLiteral") return;
    if (typeof first.value === "string") names.add(first.value);
  });
  return names;
}

const STATEMENTS = new Set(["MustacheStatement", "BlockStatement", "PartialStatement", "PartialBlockStatement"]);

/**
 * Puts `{{helper file line column}}` before every statement of `program` (in place), so that a render
 * can tell which statement it was at when it failed. `helper` must be registered and return "".
 */
export function markStatements(program: Program, helper: string, file: number): void {
  const mark = (node: { type: string } & Record<string, unknown>): hbs.AST.MustacheStatement => {
    const { line, column } = locationOf(node);
    const loc = node.loc as hbs.AST.SourceLocation;
    const number = (value: number): hbs.AST.NumberLiteral => ({ type: "NumberLiteral", value, original: value, loc });
    const path: hbs.AST.PathExpression = { type: "PathExpression", data: false, depth: 0, parts: [helper], original: helper, loc };
    return { type: "MustacheStatement", path, params: [number(file), number(line), number(column)], hash: undefined as unknown as hbs.AST.Hash, escaped: true, strip: { open: false, close: false }, loc };
  };
  const visit = (block: Program): void => {
    block.body = block.body.flatMap((node) => (STATEMENTS.has(node.type) ? [mark(node as unknown as { type: string } & Record<string, unknown>), node] : [node]));
    for (const node of block.body) {
      for (const key of ["program", "inverse"]) {
        const inner: unknown = Reflect.get(node, key);
        if (isNode(inner) && inner.type === "Program") visit(inner as unknown as Program);
      }
    }
  };
  visit(program);
}
