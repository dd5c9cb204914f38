/**
 * Starts the command line. When the build made them (`npm run build:ts`, scripts/bundle.mjs), from
 * dist/prep-print.cjs — every module in one file — with V8's code cache for it, so that a fresh
 * process reads one file and compiles little; otherwise, or with PREP_PRINT_BUNDLE=0, from the
 * modules in dist/. Both run the same code: the bundle is made from those modules.
 */
import { isAscii } from "node:buffer";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { Script } from "node:vm";
import { V8_FLAGS } from "./v8-flags.js";

export { V8_FLAGS };

const BUNDLE = fileURLToPath(new URL("./prep-print.cjs", import.meta.url));
const CODE_CACHE = `${BUNDLE}.cache`;

/** Runs `prep-print` with the process's arguments. */
export async function launch(): Promise<void> {
  setFlagsFromString(V8_FLAGS);
  if (bundled()) loadBundle().main();
  else (await import("./cli.js")).main();
}

/** Starts the helper thread's work (src/helper-thread.ts), from the same code as the command's. */
export async function launchHelper(): Promise<void> {
  if (bundled()) await loadBundle().startHelper();
  else await import("./parallel-worker.js");
}

/** True when the command runs from the bundle: it is there, and PREP_PRINT_BUNDLE=0 does not ask for dist's modules. */
function bundled(): boolean {
  return process.env.PREP_PRINT_BUNDLE !== "0" && existsSync(BUNDLE);
}

/** What the bundle exports (src/bundle-entry.ts). */
interface Bundle {
  main(): void;
  startHelper(): Promise<void>;
}

/**
 * Returns the bundle compiled in the wrapper Node puts around a CommonJS module, with the code cache
 * when V8 accepts it (`cachedDataRejected` says; V8 checks it against the source, its version and flags).
 */
export function compileBundle(source: string, cachedData?: Buffer, filename = BUNDLE): Script {
  return new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename, cachedData });
}

/** Returns the bundle's text: read as one byte a character when it is ASCII, as scripts/bundle.mjs writes it (no UTF-8 to decode). */
function bundleSource(): string {
  const bytes = readFileSync(BUNDLE);
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/** Returns the bundle's exports, compiled with the code cache when there is one V8 accepts. */
function loadBundle(): Bundle {
  const writing = process.env.PREP_PRINT_WRITE_CODE_CACHE === "1";
  const cachedData = !writing && existsSync(CODE_CACHE) ? readFileSync(CODE_CACHE) : undefined;
  const script = compileBundle(bundleSource(), cachedData);
  // Made at exit, after a whole build, so it holds the code of every function the build ran.
  if (writing) process.once("exit", () => writeFileSync(CODE_CACHE, script.createCachedData()));
  const module = { exports: {} as Bundle };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return module.exports;
}
