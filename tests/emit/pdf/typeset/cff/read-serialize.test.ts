import { describe, expect, it } from "vitest";
import { parseDict, readIndex } from "../../../../../src/emit/pdf/typeset/cff/read.js";
import { encodeDict, encodeIndex, indexSize } from "../../../../../src/emit/pdf/typeset/cff/serialize.js";

describe("CFF DICT reading", () => {
  it("decodes every integer encoding and keeps each entry's raw operand bytes", () => {
    // 0, 108, -108, -32768, 100000 then operator 5; a real (-2.5) then the two-byte operator 12 7.
    const bytes = Uint8Array.from([139, 247, 0, 251, 0, 28, 0x80, 0x00, 29, 0x00, 0x01, 0x86, 0xa0, 5, 30, 0xe2, 0xa5, 0xff, 12, 7]);
    const [first, second] = parseDict(bytes);
    expect(first?.op).toBe(5);
    expect(first?.values).toEqual([0, 108, -108, -32768, 100000]);
    expect([...(first?.raw ?? [])]).toEqual([...bytes.subarray(0, 13)]);
    expect(second?.op).toBe(1207);
    expect(Number.isNaN(second?.values[0])).toBe(true);
    expect([...(second?.raw ?? [])]).toEqual([30, 0xe2, 0xa5, 0xff]);
  });

  it("writes integers in five bytes and reads them back", () => {
    const bytes = encodeDict([{ op: 18, ints: [42, 1234567] }, { op: 1236, ints: [-5] }]);
    expect(bytes.length).toBe(5 * 2 + 1 + 5 + 2);
    expect(parseDict(bytes).map((e) => [e.op, ...e.values])).toEqual([[18, 42, 1234567], [1236, -5]]);
  });
});

describe("CFF INDEX", () => {
  it("round-trips items, choosing a wider offset size when the data needs it", () => {
    const items = [Uint8Array.from([1, 2, 3]), new Uint8Array(300).fill(7), new Uint8Array(0), Uint8Array.from([9])];
    const bytes = encodeIndex(items);
    expect(bytes.length).toBe(indexSize(items.map((i) => i.length)));
    expect(bytes[2]).toBe(2);
    const index = readIndex(bytes, 0);
    expect(index.count).toBe(4);
    expect(index.end).toBe(bytes.length);
    expect(items.map((_, i) => [...index.item(i)])).toEqual(items.map((i) => [...i]));
  });

  it("writes an empty INDEX as a zero count alone", () => {
    expect([...encodeIndex([])]).toEqual([0, 0]);
    expect(readIndex(encodeIndex([]), 0).end).toBe(2);
  });
});
