/** Anki-style note GUIDs, derived from a card's identity instead of drawn at random. */
import { createHash } from "node:crypto";

/** Anki's own GUID alphabet (rslib `anki_base91`): printable ASCII without `"`, `'` and `\`. */
const BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** Returns `n` in Anki's base-91, most significant digit first (as Anki writes a 64-bit GUID). */
export function base91(n: bigint): string {
  let digits = "";
  for (let rest = n; rest > 0n; rest /= 91n) digits = `${BASE91[Number(rest % 91n)]}${digits}`;
  return digits;
}

/**
 * Returns the GUID Anki would have minted had its random 64 bits been the first 8 bytes of
 * SHA-256 over `parts`: the same parts always give the same GUID, so two clean builds agree.
 */
export function derivedGuid(parts: readonly string[]): string {
  const digest = createHash("sha256").update(parts.join("\u0000")).digest();
  const n = digest.readBigUInt64BE(0);
  return base91(n === 0n ? 1n : n);
}

/** Returns true when `value` can be an Anki GUID in a TSV column: 1–64 printable ASCII characters, no spaces. */
export function isGuid(value: string): boolean {
  return /^[\x21-\x7e]{1,64}$/.test(value);
}
