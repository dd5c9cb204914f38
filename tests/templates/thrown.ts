/** Test helpers for template errors: the diagnostics a call throws, and where a piece of text starts. */
import { DiagnosticError, type Diagnostic } from "../../src/diagnostics.js";

/** Returns the diagnostics thrown by `run`, failing the test when it does not throw one. */
export function diagnosticsOf(run: () => unknown): Diagnostic[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DiagnosticError) return error.diagnostics;
    throw error;
  }
  throw new Error("expected a DiagnosticError");
}

/** Returns the 1-based line and column where `needle` starts in `text`. */
export function placeOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
