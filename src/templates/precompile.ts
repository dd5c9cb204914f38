/**
 * Writes the store of src/templates/compiled.ts at build time (`npm run build:ts`, scripts/precompile-templates.mjs):
 * the bundled templates and partials, each compiled, as a module of code beside this one.
 */
import { writeFileSync } from "node:fs";
import { bodyKey, compileBody, type CompiledBody } from "./compiled.js";
import { resolveTemplateFiles } from "./lookup.js";
import { Handlebars } from "./runtime.js";
import { readTemplateSource } from "./source.js";

const STORE = new URL("./precompiled.cjs", import.meta.url);

/** Returns the store for these bodies, each compiled now. */
export function precompileBodies(bodies: readonly string[], version: string): Record<string, CompiledBody> {
  return Object.fromEntries(bodies.map((body) => [bodyKey(body, version), compileBody(body)]));
}

/** Compiles the bundled templates and partials into the store beside this module; returns how many bodies it holds. */
export function writePrecompiledTemplates(): number {
  const files = resolveTemplateFiles().filter((file) => file.kind !== "asset");
  const bodies = files.map((file) => readTemplateSource(file.path).body);
  const compiled = precompileBodies(bodies, Handlebars.VERSION);
  writeFileSync(STORE, storeModule(compiled));
  return Object.keys(compiled).length;
}

/** Returns the store as a CommonJS module: each body's spec written as the code it is, the rest as JSON. */
function storeModule(compiled: Record<string, CompiledBody>): string {
  const entries = Object.entries(compiled).map(([key, { spec, partials, inline, helpers }]) => {
    const fields = [`spec: ${String(spec)}`, `partials: ${JSON.stringify(partials)}`, `inline: ${JSON.stringify(inline)}`, `helpers: ${JSON.stringify(helpers)}`];
    return `  ${JSON.stringify(key)}: { ${fields.join(", ")} },`;
  });
  return `// The bundled templates compiled by Handlebars ${Handlebars.VERSION} (src/templates/precompile.ts): do not edit.\nmodule.exports = {\n${entries.join("\n")}\n};\n`;
}
