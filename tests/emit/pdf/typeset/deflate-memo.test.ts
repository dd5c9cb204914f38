/** Streams compressed through the memo: zlib's own bytes, remembered by content, within a bound. */
import { randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DeflateMemo } from "../../../../src/emit/pdf/typeset/deflate-memo.js";

describe("deflate memo", () => {
  it("gives zlib's bytes, once compressed for the same content", () => {
    const memo = new DeflateMemo(1 << 20);
    const page = new TextEncoder().encode("BT /F1 9 Tf 72 700 Td <0001> Tj ET\n".repeat(200));
    const first = memo.deflate(page);
    expect(Buffer.from(first).equals(deflateSync(page))).toBe(true);
    expect(memo.deflate(page.slice())).toBe(first);
    const other = page.slice();
    other[10] = 0x32;
    expect(Buffer.from(memo.deflate(other)).equals(deflateSync(other))).toBe(true);
  });

  it("keeps no more compressed bytes than its bound, the least lately used going first", () => {
    const memo = new DeflateMemo(10_000);
    const streams = Array.from({ length: 10 }, () => randomBytes(3_000));
    const kept = streams.slice(0, 2).map((s) => memo.deflate(s));
    for (const s of streams.slice(2)) {
      memo.deflate(s);
      memo.deflate(streams[0] as Uint8Array); // used again each time: stays
      expect(memo.size).toBeLessThanOrEqual(10_000);
    }
    expect(memo.deflate(streams[0] as Uint8Array)).toBe(kept[0]);
    expect(memo.deflate(streams[1] as Uint8Array)).not.toBe(kept[1]);
  });
});

describe("deflate memo over documents", () => {
  it("forgets the streams none of the last six documents wrote", () => {
    const memo = new DeflateMemo(1 << 20);
    const font = randomBytes(2_000);
    const page = randomBytes(1_000);
    memo.startDocument();
    const kept = memo.deflate(font);
    memo.deflate(page);
    for (let i = 0; i < 5; i++) {
      memo.startDocument();
      memo.deflate(font);
    }
    expect(memo.size).toBe(kept.length + deflateSync(page).length);
    memo.startDocument();
    expect(memo.size).toBe(kept.length);
    expect(memo.deflate(font)).toBe(kept);
  });
});
