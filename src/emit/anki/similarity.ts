/**
 * How alike two texts are, for matching an edited card to its old id: a folded form for
 * equality, character-bigram Dice for keys, and a 128-bit SimHash fingerprint of answers
 * (the lock stores the fingerprint, not the answer, so it stays small). Both work on UTF-16
 * code units and numbers rather than strings, which keeps hundreds of cards fast.
 */

/** Returns `text` folded for comparison: NFKC, lower case, no spaces, punctuation or symbols. */
export function compact(text: string): string {
  return fold(text) || text.normalize("NFKC").toLowerCase().trim();
}

/** Returns `text` in NFKC and lower case with spaces, punctuation and symbols removed. */
function fold(text: string): string {
  // Korean spacing fixes and markdown emphasis are edits, not new questions.
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
}

/** The character bigrams of a folded text as sorted numbers (two UTF-16 code units each), repeats kept. */
export type Bigrams = Uint32Array;

/** Returns the bigrams of `folded` (a one-character text is its own bigram). */
export function bigrams(folded: string): Bigrams {
  if (folded.length === 1) return Uint32Array.of(folded.charCodeAt(0) * 65536 + 0xffff);
  const codes = new Uint32Array(Math.max(folded.length - 1, 0));
  for (let i = 0; i < codes.length; i++) codes[i] = folded.charCodeAt(i) * 65536 + folded.charCodeAt(i + 1);
  return codes.sort();
}

/** Returns each distinct bigram of `grams` with how often it occurs. */
export function bigramCounts(grams: Bigrams): [number, number][] {
  const counts: [number, number][] = [];
  for (const code of grams) {
    const last = counts[counts.length - 1];
    if (last && last[0] === code) last[1]++;
    else counts.push([code, 1]);
  }
  return counts;
}

const SEEDS = [0x811c9dc5, 0x2545f491, 0x9e3779b9, 0x7f4a7c15] as const;

/** Returns a 32-bit hash of the code units `from` to `to` of `text` (FNV-1a, then murmur3's finaliser to mix every bit). */
function hash32(text: string, from: number, to: number, seed: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Adds +1 to the weight of each bit set in `hash` and −1 to each bit clear, from `at` on. */
function addBits(weights: Int32Array, at: number, hash: number): void {
  for (let bit = 0; bit < 32; bit++) weights[at + bit] = (weights[at + bit] ?? 0) + (((hash >>> bit) & 1) << 1) - 1;
}

/**
 * Returns the 128-bit SimHash of a text's character trigrams as 32 hex digits ("" for a text
 * with no words). Trigrams, not bigrams: unrelated answers share fewer of them. The lock
 * stores these, so this function is part of the lock format: change it only with its version.
 */
export function fingerprint(text: string): string {
  const folded = fold(text);
  if (folded === "") return "";
  const weights = new Int32Array(SEEDS.length * 32);
  const last = Math.max(folded.length - 3, 0);
  for (let start = 0; start <= last; start++) {
    const end = Math.min(start + 3, folded.length);
    for (let word = 0; word < SEEDS.length; word++) addBits(weights, word * 32, hash32(folded, start, end, SEEDS[word] ?? 0));
  }
  return SEEDS.map((_, word) => {
    let value = 0;
    for (let bit = 0; bit < 32; bit++) if ((weights[word * 32 + bit] ?? 0) > 0) value |= 1 << bit;
    return (value >>> 0).toString(16).padStart(8, "0");
  }).join("");
}

/** Returns true when `value` looks like a fingerprint (32 hex digits) or is empty. */
export function isFingerprint(value: string): boolean {
  return value === "" || /^[0-9a-f]{32}$/.test(value);
}

/** Returns a fingerprint as four 32-bit words for fast comparison; null for "" (no answer). */
export function fingerprintWords(hex: string): Uint32Array | null {
  if (!isFingerprint(hex) || hex === "") return null;
  return Uint32Array.from(SEEDS, (_, word) => parseInt(hex.slice(word * 8, word * 8 + 8), 16));
}

/**
 * Returns how alike two fingerprinted texts are: 1 when equal, about 0 for unrelated texts
 * (unrelated SimHashes differ in half their bits), 0 when either text is empty.
 */
export function fingerprintSimilarity(a: Uint32Array | null, b: Uint32Array | null): number {
  if (a === null || b === null) return 0;
  let differing = 0;
  for (let word = 0; word < a.length; word++) {
    for (let x = ((a[word] ?? 0) ^ (b[word] ?? 0)) >>> 0; x !== 0; x = (x & (x - 1)) >>> 0) differing++;
  }
  return Math.max(0, 1 - (2 * differing) / (a.length * 32));
}
