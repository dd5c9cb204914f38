/**
 * Handlebars' runtime: templates, helpers and partials without the compiler, which loads in half the
 * time. Its type declarations export nothing of their own, so it is typed as the whole package, of
 * which it is the part without `parse`, `precompile` and `compile` (see compiled.ts for those).
 */
import type FullHandlebars from "handlebars";
import runtime from "handlebars/runtime.js";

type Runtime = Omit<typeof FullHandlebars, "parse" | "precompile" | "compile">;

export const Handlebars = runtime as unknown as Runtime;
