/** Decodes a note's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is located and refused. */

export type Decoded = { ok: true; text: string } | { ok: false; message: string; ruleId: string; line: number };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });

/** Returns the text of `bytes`, or why it is not a note's text (and on which line). */
export function decodeNote(bytes: Uint8Array): Decoded {
  const utf16 = utf16Text(bytes);
  if (utf16 !== null) return utf16 === false ? { ok: false, message: "This UTF-16 file has invalid characters: save the notes as UTF-8", ruleId: "input-encoding", line: 0 } : { ok: true, text: utf16 };
  if (bytes.includes(0)) return { ok: false, message: "This is a binary file, not markdown notes", ruleId: "input-binary", line: 0 };
  try {
    return { ok: true, text: utf8.decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, message: "Not valid UTF-8: save the notes as UTF-8", ruleId: "input-encoding", line: firstInvalidLine(bytes) };
  }
}

/** Returns the text of a UTF-16 file with a BOM, false when it does not decode, null when it is not UTF-16. */
function utf16Text(bytes: Uint8Array): string | false | null {
  const little = bytes[0] === 0xff && bytes[1] === 0xfe;
  const big = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!little && !big) return null;
  const body = bytes.subarray(2);
  // Big-endian: swap each pair of bytes, then read it as little-endian.
  const ordered = big ? swapPairs(body) : body;
  try {
    return utf16le.decode(ordered);
  } catch {
    return false;
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] as number;
    out[i + 1] = bytes[i] as number;
  }
  return out;
}

/** Returns the 1-based line of the first byte sequence that is not UTF-8. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(10, start);
    const stop = end === -1 ? bytes.length : end;
    if (!decodes(bytes.subarray(start, stop))) return line;
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return line;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
