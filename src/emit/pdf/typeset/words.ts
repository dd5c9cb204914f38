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

const SPACE = /[ \t\n\r\f\v\u2028\u2029\u3000]/;
const BREAK_AFTER = new Set(["-", "/", "‐", "–", "—"]);
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Returns the segments of `runs`: words split at spaces, after hyphens and slashes; closing punctuation stays with the word before. */
export function segmentRuns(runs: readonly Run[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  let glue: Glue | undefined = undefined;
  let offset = 0;
  let previous = "";
  for (const run of runs) {
    for (const char of run.text) {
      const at = offset;
      offset += char.length;
      if (SPACE.test(char)) {
        glue = char === "\n" || glue === "newline" ? "newline" : "space";
        previous = char;
        continue;
      }
      const glued = glue === "space" && current && CLOSING.has(char);
      const opportunity = !glue && current && BREAK_AFTER.has(previous) && WORD_CHAR.test(char);
      if (!current || (glue && !glued) || opportunity) {
        current = { pieces: [], glue: glue ?? (current ? "none" : "space"), offset: at };
        segments.push(current);
      } else if (glued) {
        append(current, " ", run);
      }
      append(current, char, run);
      glue = undefined;
      previous = char;
    }
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
