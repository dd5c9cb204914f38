/**
 * How long numbers and letters are when spoken: English words for a number written in
 * digits, Korean syllables for the same number read the Sino-Korean way (이백십이 for 212),
 * and Korean syllables for Latin letters and words said inside a Korean sentence.
 */

/** Returns how many English words `digits` takes to say (212 → "two hundred twelve" → 3). */
export function englishNumberWords(digits: string): number {
  const value = digits.replace(/^0+(?=\d)/, "");
  if (/^0+$/.test(value)) return 1;
  const groups = splitFromRight(value, 3);
  let words = 0;
  groups.forEach((group, index) => {
    const n = Number(group);
    if (n === 0) return;
    const hundreds = Math.floor(n / 100);
    words += (hundreds > 0 ? 2 : 0) + (n % 100 > 0 ? 1 : 0);
    if (index < groups.length - 1) words += 1; // thousand, million, billion
  });
  return words;
}

/** Returns how many syllables `digits` takes to say in Sino-Korean (48 → 사십팔 → 3). */
export function koreanNumberSyllables(digits: string): number {
  const value = digits.replace(/^0+(?=\d)/, "");
  if (/^0+$/.test(value)) return 1; // 영
  const groups = splitFromRight(value, 4);
  let syllables = 0;
  groups.forEach((group, index) => {
    const places = [...group.padStart(4, "0")].map(Number);
    if (places.every((d) => d === 0)) return;
    places.forEach((digit, place) => {
      if (digit === 0) return;
      const unit = place < 3; // 천, 백, 십
      // 십, 백, 천 alone say one: 백 not 일백; the units digit is always said.
      syllables += unit ? (digit === 1 ? 1 : 2) : 1;
    });
    if (index < groups.length - 1) syllables += 1; // 만, 억, 조
  });
  return syllables;
}

/** Korean syllables for each Latin letter said by name (에이, 비, 씨 …). */
const LETTER_SYLLABLES: Readonly<Record<string, number>> = {
  a: 2, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 3, i: 2, j: 2, k: 2, l: 1, m: 1,
  n: 1, o: 1, p: 1, q: 1, r: 1, s: 2, t: 1, u: 1, v: 2, w: 3, x: 2, y: 2, z: 1,
};

/**
 * Returns the Korean syllables a Latin word takes inside a Korean sentence: letters by name
 * for an acronym or a single letter (CS → 씨에스 → 3), else a loanword's syllables, which
 * add a vowel to the word's vowel groups (Kafka → 카프카 → 3).
 */
export function koreanSyllablesOfLatin(word: string): number {
  const letters = word.replace(/[^A-Za-z]/g, "");
  if (letters.length === 0) return 0;
  if (letters.length === 1 || (letters.length <= 5 && letters === letters.toUpperCase())) {
    return [...letters.toLowerCase()].reduce((sum, letter) => sum + (LETTER_SYLLABLES[letter] ?? 1), 0);
  }
  const vowelGroups = letters.toLowerCase().match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(vowelGroups, 1) + 1;
}

function splitFromRight(digits: string, size: number): string[] {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end));
  return groups;
}
