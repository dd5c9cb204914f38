/** Styled runs → unbreakable segments with the break opportunities between them; pure. */
import type { Run, RunStyle } from "../../../markdown/types.js";

/** Text in one style inside a segment. */
export interface Piece {
  text: string;
  style: RunStyle;
}

/** What comes before a segment: a space (dropped at a break, stretched when justifying), nothing (a break after a hyphen or slash) or a hard line break. */
export type Glue = "space" | "none" | "newline";

/** A stretch of text that is never broken except when it alone is wider than the line. */
export interface Segment {
  pieces: Piece[];
  glue: Glue;
  /** Offset of the segment's first character in the joined run text. */
  offset: number;
}

/** Characters a line never starts with. */
export const CLOSING = new Set([...".,)]}!?:;%、。，．・」』】〕〉》）］｝！？：；’”»›~…"]);

const BREAK_AFTER = new Set(["-", "/", "‐", "–", "—"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;

// The same sets by code point: the loop below reads code points and makes no string per character.
const CLOSING_CODES = new Set(Array.from(CLOSING, (c) => c.codePointAt(0)));
const BREAK_AFTER_CODES = new Set(Array.from(BREAK_AFTER, (c) => c.codePointAt(0)));

/** Returns true for a space, tab, line or paragraph break, or ideographic space (U+3000). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

/**
 * Returns the segments of `runs`: words split at spaces, after hyphens and slashes; closing punctuation
 * stays with the word before. Each word's characters of one run are taken as one slice of its text.
 */
export function segmentRuns(runs: readonly Run[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let glue: Glue | undefined = undefined;
  let offset = 0;
  // The code point of the character before (a lone surrogate counts as one character, as in a string).
  let previous = -1;
  for (const run of runs) {
    const text = run.text;
    // Characters from `from` up to the current one go to the current segment as one slice.
    let from = -1;
    const flush = (to: number): void => {
      if (from >= 0 && current) append(current, text.slice(from, to), run);
      from = -1;
    };
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i) as number;
      const length = code > 0xffff ? 2 : 1;
      const at = offset + i;
      if (isSpace(code)) {
        flush(i);
        glue = code === 0x0a || glue === "newline" ? "newline" : "space";
        previous = code;
        i += length;
        continue;
      }
      const glued = glue === "space" && current && CLOSING_CODES.has(code);
      const opportunity = !glue && current && BREAK_AFTER_CODES.has(previous) && WORD_CHAR.test(String.fromCodePoint(code));
      if (!current || (glue && !glued) || opportunity) {
        flush(i);
        current = { pieces: [], glue: glue ?? (current ? "none" : "space"), offset: at };
        segments.push(current);
      } else if (glued) {
        flush(i);
        append(current, " ", run);
      }
      if (from < 0) from = i;
      glue = undefined;
      previous = code;
      i += length;
    }
    flush(text.length);
    offset += text.length;
  }
  return segments;
}

function append(segment: Segment, char: string, style: Run): void {
  const last = segment.pieces[segment.pieces.length - 1];
  if (last && sameStyle(last.style, style)) last.text += char;
  else segment.pieces.push({ text: char, style: styleOf(style) });
}

/** Returns the style fields of a run. */
function styleOf(run: RunStyle): RunStyle {
  const style: RunStyle = {};
  if (run.bold) style.bold = true;
  if (run.italic) style.italic = true;
  if (run.code) style.code = true;
  if (run.link !== undefined) style.link = run.link;
  return style;
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && a.link === b.link;
}

/** Returns the runs from character `offset` of the joined text on (the rest of a split paragraph). */
export function sliceRuns(runs: readonly Run[], offset: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const run of runs) {
    const end = at + run.text.length;
    if (end > offset) out.push({ ...run, text: run.text.slice(Math.max(0, offset - at)) });
    at = end;
  }
  return out;
}
