/** Markdown of a STAR part → the words a candidate would say, and word matching shared by the rules. */

/**
 * Returns `markdown` as plain lines: no emphasis marks, code ticks, HTML tags, link targets,
 * quote marks or list markers (a list number such as `1)` is not said, so it must not count).
 */
export function plainText(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/<[^>\n]*>/g, " ")
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/https?:\/\/\S+/g, " ")
        .replace(/^\s*(?:>\s*)*(?:#{1,6}\s+)?/, "")
        .replace(/^(?:[-*+]|\d{1,3}[.)])\s+/, "")
        .replace(/[*_`~]+/g, " ")
        .trim(),
    )
    .filter((line) => line !== "")
    .join("\n");
}

const HANGUL = "\\uac00-\\ud7a3";
const HANGUL_SYLLABLE = /^[\uac00-\ud7a3]$/;

/** Returns true when `text` has at least one Hangul syllable. */
export function hasHangul(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}

/**
 * Returns a pattern that finds `entry` in a text; `countWords` keeps its matches that are words. Latin entries match whole words,
 * any case (an all-capitals word such as `US` is an acronym, not "us"). Hangul entries match
 * at the start of a Korean word, because particles are written onto words (우리 in 우리가,
 * 우리팀이); a one-syllable entry (제, 내) only matches a word of its own. Spaces inside an
 * entry match any spacing (두 배, 두배).
 */
function wordPattern(entry: string): RegExp {
  let pattern = patterns.get(entry);
  if (!pattern) {
    pattern = makePattern(entry);
    patterns.set(entry, pattern);
  }
  return pattern;
}

/** Patterns made so far: every story is checked with the same words. matchAll copies a pattern, so sharing is safe. */
const patterns = new Map<string, RegExp>();

/** A letter, digit, apostrophe or hyphen: what may not stand right before or after a Latin entry. */
const WORD_CHARACTER = /^[\p{L}\p{N}'’-]$/u;

/**
 * The entry's words alone; the edges are checked by `standsAlone`. A Unicode property class in
 * a case-insensitive pattern costs milliseconds to compile, and dozens of entries are checked.
 */
function makePattern(entry: string): RegExp {
  const words = entry.trim().split(/\s+/).map(escape).join("\\s*");
  if (hasHangul(entry)) {
    const whole = [...entry.trim()].length === 1 && HANGUL_SYLLABLE.test(entry.trim());
    return new RegExp(`(?<![${HANGUL}])${words}${whole ? `(?![${HANGUL}])` : ""}`, "gu");
  }
  return new RegExp(words, "gi");
}

/** Returns true when the match of a Latin entry at `index` is a word of its own: no letter, digit, apostrophe or hyphen touches it. */
function standsAlone(text: string, index: number, length: number): boolean {
  return !WORD_CHARACTER.test(characterBefore(text, index)) && !WORD_CHARACTER.test(characterAt(text, index + length));
}

/** The whole character (a surrogate pair is one) that ends right before `index`; "" at the start. */
function characterBefore(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  const pair = index > 1 && low >= 0xdc00 && low <= 0xdfff;
  return characterAt(text, pair ? index - 2 : index - 1);
}

/** The whole character that starts at `index`; "" at the end. */
function characterAt(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index) ?? 0) : "";
}

/** Returns how many places of `text` hold a word of `entries` (see `wordPattern`); overlapping entries count once. */
export function countWords(text: string, entries: readonly string[]): number {
  // "i.e." is not the word I.
  const cleaned = text.replace(/\b(?:i\.e\.|e\.g\.)/gi, (found) => " ".repeat(found.length));
  const places = new Set<number>();
  for (const entry of entries) {
    if (entry.trim() === "") continue;
    const latin = !hasHangul(entry);
    for (const match of cleaned.matchAll(wordPattern(entry))) {
      if (latin && !standsAlone(cleaned, match.index, match[0].length)) continue;
      if (!isAcronym(match[0]) || isAcronym(entry)) places.add(match.index);
    }
  }
  return places.size;
}

function isAcronym(word: string): boolean {
  return /^[A-Z]{2,}$/.test(word);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[’']/g, "['’]");
}
