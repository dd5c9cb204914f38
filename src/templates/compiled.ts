/**
 * A template body compiled: Handlebars' precompiled JavaScript and what the loader checks in it.
 * Handlebars' compiler (parsing and code generation) is the slowest part of loading templates in a
 * fresh process, so the bundled templates are compiled when the package is built (`npm run build:ts`,
 * also run on install; precompile.ts) into `dist/templates/precompiled.cjs`, keyed by a hash of the compiler's
 * version, the options and the body. The store is a module, its templates code rather than text:
 * they are compiled with the rest of the command (and kept in the bundle's code cache), not evaluated
 * from text at each start. A body not found there — a user's own template, or a sources checkout not
 * built — is compiled as it is read, with the same result.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { Handlebars } from "./runtime.js";
import { helperCalls, inlinePartialNames, makeLookupsStrict, partialUses, type HelperCall, type PartialUse } from "./ast.js";

/** A compiled template as Handlebars' runtime takes it: what its precompiled JavaScript source evaluates to. */
export type TemplateSpec = Parameters<typeof Handlebars.template>[0];

/** What the loader needs of a template body: its code, the partials it uses and defines, and the helpers it calls. */
export interface CompiledBody {
  /** The compiled template: Handlebars' precompiled JavaScript source, or (from the store) what that source evaluates to. */
  spec: string | TemplateSpec;
  partials: PartialUse[];
  inline: string[];
  helpers: HelperCall[];
}

/** Compile options: unknown fields are errors; output is markdown, so no HTML escaping. */
export const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;

/**
 * Changed whenever what `compileBody` makes of a body changes without a new Handlebars (the AST
 * rewrite, the fields of CompiledBody), so that no body is taken from an older store.
 */
const FORMAT = 1;

type Compiler = typeof import("handlebars");

/** Handlebars with its compiler, loaded on the first body that is not in the store. */
function compiler(): Compiler {
  return createRequire(import.meta.url)("handlebars") as Compiler;
}

/** Returns the compiled body; throws Handlebars' error (with its line and column) when the body does not parse or compile. */
export function compileBody(body: string): CompiledBody {
  const hb = compiler();
  const ast = hb.parse(body);
  makeLookupsStrict(ast);
  // Typed as an object, precompile returns source text.
  const spec = String(hb.precompile(ast, { ...COMPILE_OPTIONS }));
  return { spec, partials: partialUses(ast), inline: [...inlinePartialNames(ast)], helpers: helperCalls(ast) };
}

/** Returns the key of a body in the store: compiler version, options, format and body, hashed. */
export function bodyKey(body: string, version: string): string {
  return createHash("sha256").update(JSON.stringify([version, COMPILE_OPTIONS, FORMAT, body])).digest("hex");
}

/** The store of bodies compiled ahead of time, read once per process; empty when there is none. */
let store: Readonly<Record<string, CompiledBody>> | undefined;

// The store (written by precompile.ts) is required by this name (scripts/bundle.mjs takes it into the bundle): a plain require of a literal path.
const require = createRequire(import.meta.url);

/** Returns the body compiled ahead of time, or undefined when the store does not hold it. */
export function precompiledBody(body: string, version: string): CompiledBody | undefined {
  store ??= readStore();
  const key = bodyKey(body, version);
  return Object.hasOwn(store, key) ? store[key] : undefined;
}

function readStore(): Readonly<Record<string, CompiledBody>> {
  try {
    const read: unknown = require("./precompiled.cjs");
    return typeof read === "object" && read !== null ? (read as Record<string, CompiledBody>) : {};
  } catch {
    return {};
  }
}
