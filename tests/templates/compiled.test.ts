/**
 * The bundled templates compiled ahead of time (dist/templates/precompiled.cjs, written by
 * `npm run build:ts`, which `npm test` runs first): every template and partial is there, as the
 * compiler makes it today, and the installed command builds from them exactly what the compiler does.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import { resolveSettings } from "../../src/config.js";
import { compileBody } from "../../src/templates/compiled.js";
import { resolveTemplateFiles } from "../../src/templates/lookup.js";
import { Handlebars } from "../../src/templates/runtime.js";
import { readTemplateSource } from "../../src/templates/source.js";

type Store = { precompiledBody(body: string, version: string): { spec: unknown } | undefined };

/** Returns a compiled template's code as text, whether given as source or as what the source evaluates to (functions by their source). */
function specText(spec: unknown): string {
  const value: unknown = typeof spec === "string" ? new Function(`return ${spec};`)() : spec;
  return JSON.stringify(value, (_, field: unknown) => (typeof field === "function" ? field.toString() : field));
}
const distStore = (): Promise<Store> => import(join(process.cwd(), "dist/templates/compiled.js")) as Promise<Store>;

const bundled = resolveTemplateFiles().filter((file) => file.kind !== "asset");

describe("the bundled templates compiled ahead of time", () => {
  it("holds every bundled template and partial, as the compiler makes it now", async () => {
    const store = await distStore();
    expect(bundled.length).toBeGreaterThanOrEqual(16);
    for (const file of bundled) {
      const body = readTemplateSource(file.path).body;
      const stored = store.precompiledBody(body, Handlebars.VERSION);
      expect(stored, file.path).toBeDefined();
      // Code, not text to evaluate at start-up (its functions are compiled with the command).
      expect(typeof stored?.spec, file.path).toBe("object");
      expect(specText(stored?.spec), file.path).toBe(specText(compileBody(body).spec));
    }
  });

  it("is not used for a body it does not hold (a user's edited template is compiled as read)", async () => {
    const store = await distStore();
    const body = readTemplateSource(bundled[0]!.path).body;
    expect(store.precompiledBody(`${body}\nan edit`, Handlebars.VERSION)).toBeUndefined();
    expect(store.precompiledBody(body, "0.0.0")).toBeUndefined();
  });

  it("gives the command the same PDFs as the compiler (content/, byte for byte)", async () => {
    const out = await mkdtemp(join(tmpdir(), "prep-print-compiled-"));
    try {
      await promisify(execFile)(process.execPath, ["bin/prep-print.js", "build", "content", "-o", join(out, "cli")], { env: { ...process.env, PREP_PRINT_THREADS: "1" } });
      const result = await build(resolveSettings(process.cwd(), ["content"], { out: join(out, "sources") }), { helper: null });
      expect(result.failed).toBe(0);
      for (const file of ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"]) {
        const [cli, sources] = await Promise.all([readFile(join(out, "cli", file)), readFile(join(out, "sources", file))]);
        expect(createHash("sha256").update(cli).digest("hex"), file).toBe(createHash("sha256").update(sources).digest("hex"));
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
