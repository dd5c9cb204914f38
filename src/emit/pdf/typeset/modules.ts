/**
 * pdfkit and fontkit, loaded through their CommonJS builds when first needed. Loading is
 * synchronous there, which saves about 35 ms of start-up against their ESM builds; both
 * must come from the same build, or fontkit would be loaded twice.
 */
import { createRequire } from "node:module";

type Pdfkit = typeof import("pdfkit");
type Fontkit = typeof import("fontkit");

const require = createRequire(import.meta.url);

/** Returns pdfkit's document class. */
export function pdfkit(): Pdfkit {
  return require("pdfkit") as Pdfkit;
}

/** Returns fontkit, the same instance pdfkit uses. */
export function fontkit(): Fontkit {
  return require("fontkit") as Fontkit;
}
