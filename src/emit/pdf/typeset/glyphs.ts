/**
 * Per-codepoint font fallback. Each character goes to the first face that has a glyph;
 * a character no face covers is replaced by a documented substitute (SUBSTITUTES), and
 * one with no usable substitute is drawn as its code point, e.g. `<U+1F680>`, and reported.
 */

/**
 * Substitutes for characters people put in notes that the default fonts lack (mostly
 * emoji). Candidates are tried in order; the first whose characters all have a glyph wins.
 */
const SUBSTITUTES: Readonly<Record<string, readonly string[]>> = {
  "✔": ["✓", "v"], "✅": ["✓", "v"], "☑": ["✓", "[v]"], "✗": ["×", "x"], "✘": ["×", "x"],
  "❌": ["×", "x"], "❎": ["×", "x"], "⭐": ["★", "*"], "🌟": ["★", "*"], "✨": ["*"],
  "❤": ["♥", "<3"], "💡": ["(!)"], "🔥": ["(!)"], "❗": ["!"], "❓": ["?"],
  "⚠": ["(!)"], "👉": ["→", "->"], "➡": ["→", "->"], "👍": ["(+)"], "👎": ["(-)"],
  "✏": ["(note)"], "📌": ["(pin)"], "📝": ["(note)"], "🎯": ["(goal)"], "🚀": ["(launch)"],
  "😀": [":)"], "😊": [":)"], "🙂": [":)"], "😅": [":)"], "😢": [":("], "🤔": ["(?)"],
  "☐": ["□", "[ ]"], "•": ["·", "-"], "–": ["-"], "—": ["-"], "…": ["..."],
};

/** A piece of text set in one face (index into the font stack). */
export interface FacePiece {
  text: string;
  face: number;
}

/** A character that no face covers, as reported to callers. */
export interface MissingGlyph {
  char: string;
  codePoint: number;
}

/** The result of resolving a text against the font stack. */
export interface Resolved {
  pieces: FacePiece[];
  missing: MissingGlyph[];
  substituted: MissingGlyph[];
}

/** Tells whether face `face` has a glyph for `codePoint`. */
export type HasGlyph = (face: number, codePoint: number) => boolean;

const VARIATION_OR_JOINER = /[\u200d\ufe00-\ufe0f]/u;

/** Returns `text` split into pieces by face, with substitutes applied; pure. */
export function resolveGlyphs(text: string, faces: number, has: HasGlyph): Resolved {
  const out: Resolved = { pieces: [], missing: [], substituted: [] };
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (VARIATION_OR_JOINER.test(char) || (code < 0x20 && char !== "\n")) continue;
    const face = faceFor(code, faces, has);
    if (face >= 0) {
      push(out.pieces, char, face);
      continue;
    }
    const substitute = pickSubstitute(char, faces, has);
    if (substitute !== undefined) {
      out.substituted.push({ char, codePoint: code });
      for (const sub of substitute) push(out.pieces, sub, faceFor(sub.codePointAt(0) ?? 0, faces, has));
    } else {
      out.missing.push({ char, codePoint: code });
      push(out.pieces, `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`, 0);
    }
  }
  return out;
}

function faceFor(code: number, faces: number, has: HasGlyph): number {
  if (code === 0x0a || code === 0x20 || code === 0xa0) return 0;
  for (let face = 0; face < faces; face++) if (has(face, code)) return face;
  return -1;
}

function pickSubstitute(char: string, faces: number, has: HasGlyph): string | undefined {
  const candidates = SUBSTITUTES[char] ?? [];
  return candidates.find((c) => [...c].every((ch) => faceFor(ch.codePointAt(0) ?? 0, faces, has) >= 0));
}

function push(pieces: FacePiece[], text: string, face: number): void {
  const last = pieces[pieces.length - 1];
  if (last && last.face === face) last.text += text;
  else pieces.push({ text, face });
}
