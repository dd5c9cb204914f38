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

/** Returns true for a space, tab, line or paragraph break, or ideographic space (U+3000). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

/** Returns the length (1 or 2 code units) of the character at `i`. */
function charLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
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
  let previous = "";
  for (const run of runs) {
    const text = run.text;
    // Characters from `from` up to the current one go to the current segment as one slice.
    let from = -1;
    const flush = (to: number): void => {
      if (from >= 0 && current) append(current, text.slice(from, to), run);
      from = -1;
    };
    for (let i = 0; i < text.length; ) {
      const length = charLength(text, i);
      const at = offset + i;
      if (isSpace(text.charCodeAt(i))) {
        flush(i);
        glue = text.charCodeAt(i) === 0x0a || glue === "newline" ? "newline" : "space";
        previous = text[i] as string;
        i += length;
        continue;
      }
      const char = length === 1 ? (text[i] as string) : text.slice(i, i + length);
      const glued = glue === "space" && current && CLOSING.has(char);
      const opportunity = !glue && current && BREAK_AFTER.has(previous) && WORD_CHAR.test(char);
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
      previous = char;
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
