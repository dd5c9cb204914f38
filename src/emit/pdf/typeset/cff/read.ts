/** Reading CFF structures (INDEX, DICT) straight from the table bytes, without interpreting charstrings. */

/** A CFF INDEX located in the table: items are read on demand, so a 24 000-glyph INDEX costs nothing to open. */
export interface CffIndex {
  readonly start: number;
  readonly count: number;
  /** Byte just past the INDEX. */
  readonly end: number;
  /** Returns item `i`'s bytes (a view, not a copy). */
  item(i: number): Uint8Array;
  /** Returns where item `i` starts and ends in the bytes the INDEX was read from. */
  span(i: number): [number, number];
}

/** One DICT entry: operator (two-byte operators as 1200 + second byte), integer operands and the raw operand bytes. */
export interface DictEntry {
  readonly op: number;
  readonly values: readonly number[];
  readonly raw: Uint8Array;
}

/** Returns the big-endian unsigned integer of `size` bytes at `pos`. */
export function readUint(bytes: Uint8Array, pos: number, size: number): number {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + byteAt(bytes, pos + i);
  return value;
}

/** Returns the byte at `pos`, throwing when the table is shorter than its offsets claim. */
export function byteAt(bytes: Uint8Array, pos: number): number {
  const b = bytes[pos];
  if (b === undefined) throw new Error(`CFF data ends before offset ${pos}`);
  return b;
}

/** Returns the INDEX that starts at `start`. */
export function readIndex(bytes: Uint8Array, start: number): CffIndex {
  const count = readUint(bytes, start, 2);
  const empty = () => {
    throw new Error("Empty CFF INDEX");
  };
  if (count === 0) return { start, count, end: start + 2, item: empty, span: empty };
  const offSize = byteAt(bytes, start + 2);
  const offsets = start + 3;
  const base = offsets + (count + 1) * offSize - 1;
  const offset = (i: number) => readUint(bytes, offsets + i * offSize, offSize);
  const span = (i: number): [number, number] => {
    if (i < 0 || i >= count) throw new Error(`CFF INDEX item ${i} out of range (${count})`);
    return [base + offset(i), base + offset(i + 1)];
  };
  const item = (i: number) => bytes.subarray(...span(i));
  return { start, count, end: base + offset(count), item, span };
}

/** Returns the entries of a DICT, in order. */
export function parseDict(dict: Uint8Array): DictEntry[] {
  const entries: DictEntry[] = [];
  let values: number[] = [];
  let operandStart = 0;
  let pos = 0;
  while (pos < dict.length) {
    const b0 = byteAt(dict, pos);
    if (b0 <= 21) {
      const op = b0 === 12 ? 1200 + byteAt(dict, pos + 1) : b0;
      entries.push({ op, values, raw: dict.subarray(operandStart, pos) });
      pos += b0 === 12 ? 2 : 1;
      values = [];
      operandStart = pos;
    } else {
      const [value, next] = readOperand(dict, pos);
      values.push(value);
      pos = next;
    }
  }
  return entries;
}

/** Returns an operand's value (NaN for reals, which are only ever copied) and the position after it. */
function readOperand(d: Uint8Array, pos: number): [number, number] {
  const b0 = byteAt(d, pos);
  if (b0 === 28) return [signed(readUint(d, pos + 1, 2), 16), pos + 3];
  if (b0 === 29) return [signed(readUint(d, pos + 1, 4), 32), pos + 5];
  if (b0 === 30) return [NaN, realEnd(d, pos + 1)];
  if (b0 >= 32 && b0 <= 246) return [b0 - 139, pos + 1];
  if (b0 >= 247 && b0 <= 250) return [(b0 - 247) * 256 + byteAt(d, pos + 1) + 108, pos + 2];
  if (b0 >= 251 && b0 <= 254) return [-(b0 - 251) * 256 - byteAt(d, pos + 1) - 108, pos + 2];
  throw new Error(`Bad CFF DICT operand byte ${b0}`);
}

function signed(value: number, bits: number): number {
  return value >= 2 ** (bits - 1) ? value - 2 ** bits : value;
}

// A real is nibble-coded and ends with the nibble 0xf.
function realEnd(d: Uint8Array, pos: number): number {
  for (;;) {
    const b = byteAt(d, pos++);
    if ((b & 0x0f) === 0x0f || (b & 0xf0) === 0xf0) return pos;
  }
}

/** Returns the integer operands of operator `op`, or undefined when the DICT lacks it. */
export function dictValues(entries: readonly DictEntry[], op: number): readonly number[] | undefined {
  return entries.find((e) => e.op === op)?.values;
}
