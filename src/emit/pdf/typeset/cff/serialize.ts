/** Writing CFF structures: DICTs with fixed-size integers and INDEXes. */

/** DICT operators (two-byte ones as 1200 + second byte). */
export const Op = {
  charset: 15,
  encoding: 16,
  charStrings: 17,
  private: 18,
  subrs: 19,
  ros: 1230,
  cidCount: 1234,
  fdArray: 1236,
  fdSelect: 1237,
} as const;

/** An entry to write: raw operand bytes copied as they were, or integers written in 5 bytes each. */
export type DictOut = { op: number; raw: Uint8Array } | { op: number; ints: readonly number[] };

/** Returns `value` as a 5-byte DICT integer (operator 29), so every offset has the same size. */
function int5(value: number): number[] {
  return [29, (value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** Returns the encoded DICT. */
export function encodeDict(entries: readonly DictOut[]): Uint8Array {
  const out: number[] = [];
  for (const entry of entries) {
    if ("raw" in entry) out.push(...entry.raw);
    else for (const v of entry.ints) out.push(...int5(v));
    out.push(...(entry.op >= 1200 ? [12, entry.op - 1200] : [entry.op]));
  }
  return Uint8Array.from(out);
}

/** Returns the size in bytes of an INDEX holding items of these sizes. */
export function indexSize(sizes: readonly number[]): number {
  if (sizes.length === 0) return 2;
  const total = sizes.reduce((a, b) => a + b, 0);
  return 3 + (sizes.length + 1) * offSizeFor(total + 1) + total;
}

function offSizeFor(maxOffset: number): number {
  return maxOffset < 0x100 ? 1 : maxOffset < 0x10000 ? 2 : maxOffset < 0x1000000 ? 3 : 4;
}

/** Returns the INDEX of these items. */
export function encodeIndex(items: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(indexSize(items.map((i) => i.length)));
  out[0] = items.length >> 8;
  out[1] = items.length & 0xff;
  if (items.length === 0) return out;
  const total = items.reduce((a, i) => a + i.length, 0);
  const offSize = offSizeFor(total + 1);
  out[2] = offSize;
  let offset = 1;
  let data = 3 + (items.length + 1) * offSize;
  for (let i = 0; i <= items.length; i++) {
    putUint(out, 3 + i * offSize, offSize, offset);
    const item = items[i];
    if (!item) break;
    out.set(item, data);
    data += item.length;
    offset += item.length;
  }
  return out;
}

/** Writes `value` big-endian in `size` bytes at `pos`. */
function putUint(out: Uint8Array, pos: number, size: number, value: number): void {
  for (let i = size - 1; i >= 0; i--) {
    out[pos + i] = value & 0xff;
    value = Math.floor(value / 256);
  }
}
