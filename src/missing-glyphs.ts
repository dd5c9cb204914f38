/** Warnings for characters no font could draw: once per character, at the first note line that holds it. */
import { diagnostic, type Diagnostic } from "./diagnostics.js";

/** A character an output could not draw, and the file it was missing from. */
export interface MissingGlyph {
  char: string;
  codePoint: number;
  file: string;
}

/** Characters warned about one by one; the rest share one warning (a note full of emoji is one problem). */
const ONE_BY_ONE = 10;
/** Characters the shared warning lists before "…". */
const LISTED = 20;

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Returns the place of the first `char` in the sources, or the output file when no note holds it. */
function placeOf(char: string, file: string, sources: readonly { path: string; text: string }[]): { file: string; line?: number; column?: number } {
  for (const source of sources) {
    const index = source.text.indexOf(char);
    if (index === -1) continue;
    let line = 1;
    let start = 0;
    for (let at = source.text.indexOf("\n"); at !== -1 && at < index; at = source.text.indexOf("\n", at + 1)) {
      line += 1;
      start = at + 1;
    }
    return { file: source.path, line, column: index - start + 1 };
  }
  return { file };
}

/**
 * Returns the warnings for the characters the outputs could not draw: each character once (in the first
 * output that missed it), the first ten each at the note line holding it, any more in one warning.
 */
export function missingGlyphWarnings(missing: readonly MissingGlyph[], sources: readonly { path: string; text: string }[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique = missing.filter((m) => !seen.has(m.char) && seen.add(m.char));
  const warnings = unique.slice(0, ONE_BY_ONE).map(({ char, codePoint, file }) => {
    const message = `No font has a glyph for \`${char}\` (${hex(codePoint)}) in ${file}; it is drawn as a substitute or left out`;
    return diagnostic("warning", placeOf(char, file, sources), message, "missing-glyph");
  });
  const rest = unique.slice(ONE_BY_ONE);
  const first = rest[0];
  if (first === undefined) return warnings;
  const listed = rest.slice(0, LISTED).map((m) => `\`${m.char}\` (${hex(m.codePoint)})`).join(", ");
  const message = `No font has a glyph for ${rest.length} more characters: ${listed}${rest.length > LISTED ? ", …" : ""}; they are drawn as substitutes or left out`;
  warnings.push(diagnostic("warning", placeOf(first.char, first.file, sources), message, "missing-glyph"));
  return warnings;
}
