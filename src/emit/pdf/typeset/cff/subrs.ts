/**
 * Finds the subroutines a set of Type 2 charstrings calls. The walk follows only what decides
 * the calls: pushed numbers, stem counts (they size hintmask bytes) and callsubr/callgsubr/return.
 */
import type { CffIndex } from "./read.js";

/** The global and local subroutine numbers (unbiased INDEX positions) the charstrings call. */
export interface UsedSubrs {
  readonly global: Set<number>;
  readonly local: Set<number>;
}

/** Returns the bias a charstring adds to a subroutine number, which depends only on the subr count. */
function subrBias(count: number): number {
  return count < 1240 ? 107 : count < 33900 ? 1131 : 32768;
}

// Walk state shared across nested calls: the operand stack (Type 2 allows 48 entries) and the stem count.
interface Walk {
  readonly bytes: Uint8Array;
  readonly stack: number[];
  sp: number;
  stems: number;
  depth: number;
  readonly used: UsedSubrs;
  readonly globals: CffIndex;
  readonly locals: CffIndex | undefined;
}

/** Returns the subroutines called by the charstrings at `spans` of `bytes` (the table the INDEXes were read from). */
export function usedSubrs(bytes: Uint8Array, spans: Iterable<[number, number]>, globals: CffIndex, locals: CffIndex | undefined, used?: UsedSubrs): UsedSubrs {
  const result = used ?? { global: new Set<number>(), local: new Set<number>() };
  const walk: Walk = { bytes, stack: new Array<number>(64).fill(0), sp: 0, stems: 0, depth: 0, used: result, globals, locals };
  for (const [start, end] of spans) {
    walk.sp = 0;
    walk.stems = 0;
    run(walk, start, end);
  }
  return result;
}

// Returns true when the glyph ended (endchar) inside this charstring.
function run(w: Walk, start: number, end: number): boolean {
  const code = w.bytes;
  let pos = start;
  while (pos < end) {
    const b0 = code[pos++] ?? 0;
    if (b0 >= 32 || b0 === 28) {
      pos = push(w, code, b0, pos);
    } else if (b0 === 10 || b0 === 29) {
      if (call(w, b0 === 29)) return true;
    } else if (b0 === 11) {
      return false;
    } else if (b0 === 14) {
      return true;
    } else {
      if (b0 === 1 || b0 === 3 || b0 === 18 || b0 === 23 || b0 === 19 || b0 === 20) w.stems += w.sp >> 1;
      if (b0 === 19 || b0 === 20) pos += (w.stems + 7) >> 3;
      if (b0 === 12) pos++;
      w.sp = 0;
    }
  }
  return false;
}

function call(w: Walk, global: boolean): boolean {
  const subrs = global ? w.globals : w.locals;
  if (!subrs || w.sp === 0 || w.depth > 10) throw new Error("Malformed CFF charstring: bad subroutine call");
  const index = (w.stack[--w.sp] ?? 0) + subrBias(subrs.count);
  (global ? w.used.global : w.used.local).add(index);
  const [start, end] = subrs.span(index);
  w.depth++;
  const ended = run(w, start, end);
  w.depth--;
  return ended;
}

// Pushes the number that starts with byte b0 and returns the position after it.
function push(w: Walk, code: Uint8Array, b0: number, pos: number): number {
  const b1 = code[pos] ?? 0;
  let value = b0 - 139;
  let next = pos;
  if (b0 === 28) {
    value = ((b1 << 24) >> 16) | (code[pos + 1] ?? 0);
    next = pos + 2;
  } else if (b0 >= 247 && b0 <= 250) {
    value = (b0 - 247) * 256 + b1 + 108;
    next = pos + 1;
  } else if (b0 >= 251 && b0 <= 254) {
    value = -(b0 - 251) * 256 - b1 - 108;
    next = pos + 1;
  } else if (b0 === 255) {
    value = ((b1 << 24) | ((code[pos + 1] ?? 0) << 16) | ((code[pos + 2] ?? 0) << 8) | (code[pos + 3] ?? 0)) / 65536;
    next = pos + 4;
  }
  if (w.sp < w.stack.length) w.stack[w.sp++] = value;
  return next;
}
