/**
 * Broken lines kept from one document to the next by what the paragraph says (its runs' text and
 * styles), for `build --watch`: each build makes new blocks, so a cache keyed by the identity of
 * their run lists (LineCache) starts empty every time, while most paragraphs are the same as in the
 * last build. A paragraph keeps its lines per width, size and weight, as in LineCache.
 *
 * A paragraph with a character no font covers (or drawn as a substitute) is never kept: measuring
 * it records the character for the document's warning, and lines taken from the store would not.
 */
import type { Face } from "./fonts.js";
import { resolveGlyphs } from "./glyphs.js";
import type { LineBreaker } from "./linebreak.js";
import type { Run } from "../../../markdown/types.js";

/** Documents a paragraph not asked for is kept through: the products of two builds. */
const KEPT_DOCUMENTS = 6;

/** Characters of paragraph text kept at most (each paragraph counted once, whatever its widths): bounds memory on long notes. */
const KEPT_CHARACTERS = 1_000_000;

/** A kept paragraph: its line breakers by width, size and weight, and when it was last asked for. */
interface Kept {
  breakers: Map<string, LineBreaker>;
  used: number;
  characters: number;
}

/** The paragraphs kept for one font stack (widths differ between stacks). */
class Shelf {
  private readonly kept = new Map<string, Kept>();
  private document = 0;
  private characters = 0;

  constructor(private readonly faces: readonly Face[]) {}

  /** Starts a document: forgets the paragraphs no document asked for in the last `KEPT_DOCUMENTS`. */
  startDocument(): void {
    this.document += 1;
    for (const [key, kept] of this.kept) {
      if (kept.used > this.document - KEPT_DOCUMENTS) continue;
      this.kept.delete(key);
      this.characters -= kept.characters;
    }
  }

  /**
   * Returns the line breakers of a paragraph with the content of `runs` (by width, size and weight), to
   * read and add to; undefined when it cannot be kept (a character no font covers, or the store is full).
   */
  breakers(runs: readonly Run[]): Map<string, LineBreaker> | undefined {
    const key = contentKey(runs);
    let kept = this.kept.get(key);
    if (!kept) {
      const characters = key.length;
      if (this.characters + characters > KEPT_CHARACTERS || !this.covered(runs)) return undefined;
      kept = { breakers: new Map(), used: this.document, characters };
      this.kept.set(key, kept);
      this.characters += characters;
    }
    kept.used = this.document;
    return kept.breakers;
  }

  /** Returns true when the fonts have every character of `runs` (none missing, none substituted). */
  private covered(runs: readonly Run[]): boolean {
    const has = (face: number, codePoint: number): boolean => this.faces[face]?.regular.font.hasGlyphForCodePoint(codePoint) ?? false;
    for (const run of runs) {
      const resolved = resolveGlyphs(run.text, this.faces.length, has);
      if (resolved.missing.length > 0 || resolved.substituted.length > 0) return false;
    }
    return true;
  }

  /** Paragraphs kept now, for tests. */
  get size(): number {
    return this.kept.size;
  }
}

/** The shelves of every font stack met. */
export class ParagraphStore {
  private readonly shelves = new WeakMap<readonly Face[], Shelf>();

  /** Returns the shelf of a font stack (faces are loaded once per process: the same array each time). */
  shelf(faces: readonly Face[]): Shelf {
    let shelf = this.shelves.get(faces);
    if (!shelf) {
      shelf = new Shelf(faces);
      this.shelves.set(faces, shelf);
    }
    return shelf;
  }
}

export type { Shelf as ParagraphShelf };

/** Returns a key that differs whenever the text or a style of the runs differs (each part prefixed with its length). */
export function contentKey(runs: readonly Run[]): string {
  let key = "";
  for (const run of runs) {
    const link = run.link ?? "";
    key += `${run.bold ? "b" : "-"}${run.italic ? "i" : "-"}${run.code ? "c" : "-"}${run.link === undefined ? "" : `${link.length}@${link}`}${run.text.length}:${run.text}`;
  }
  return key;
}
