/**
 * Layout kept from one document to the next by content, for `build --watch`: each build makes new
 * blocks, so caches keyed by their identity (LineCache) start empty every time, while most of what a
 * rebuild lays out is the same as in the last build. Per font stack (widths differ between stacks):
 * - each paragraph's line breakers, by its runs' text and styles, then width, size and weight;
 * - the answers of whole measurements (a fit test, a height), by everything they are computed from.
 *
 * Text with a character no font covers (or drawn as a substitute) is never kept: measuring it records
 * the character for the document's missing-glyph warning, and an answer taken from here would not.
 * Whatever no document asked for in the last `KEPT_DOCUMENTS` is forgotten, and each kind is bounded.
 */
import type { Face } from "./fonts.js";
import { resolveGlyphs } from "./glyphs.js";
import type { LineBreaker } from "./linebreak.js";
import type { Run } from "../../../markdown/types.js";

/** Documents a paragraph or answer not asked for is kept through: the products of two builds. */
const KEPT_DOCUMENTS = 6;

/** Characters of paragraph text kept at most (each paragraph counted once, whatever its widths): bounds memory on long notes. */
const KEPT_PARAGRAPH_CHARACTERS = 1_000_000;

/** Characters of the keys of answers kept at most. */
const KEPT_ANSWER_CHARACTERS = 4_000_000;

/** Something kept, when it was last asked for, and the characters it counts against its bound. */
interface Kept<T> {
  value: T;
  used: number;
  characters: number;
}

/** Entries of one kind, forgotten when not asked for in the last `KEPT_DOCUMENTS` documents, and at most `limit` characters. */
class Kind<T> {
  private readonly entries = new Map<string, Kept<T>>();
  private characters = 0;

  constructor(private readonly limit: number) {}

  /** Returns the value kept under `key`, marked as asked for by `document`. */
  get(key: string, document: number): T | undefined {
    const kept = this.entries.get(key);
    if (kept) kept.used = document;
    return kept?.value;
  }

  /** Returns true when `characters` more fit the bound. */
  room(characters: number): boolean {
    return this.characters + characters <= this.limit;
  }

  /** Keeps `value` under `key` (the caller checked the room). */
  set(key: string, value: T, document: number, characters: number): void {
    this.entries.set(key, { value, used: document, characters });
    this.characters += characters;
  }

  /** Counts `characters` more against the bound for the entry under `key` (what was added inside its value). */
  grow(key: string, characters: number): void {
    const kept = this.entries.get(key);
    if (!kept) return;
    kept.characters += characters;
    this.characters += characters;
  }

  /** Forgets what was last asked for before `oldest`. */
  forgetBefore(oldest: number): void {
    for (const [key, kept] of this.entries) {
      if (kept.used >= oldest) continue;
      this.entries.delete(key);
      this.characters -= kept.characters;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** What is kept for one font stack. */
export class LayoutStore {
  private document = 0;
  private readonly paragraphs = new Kind<Map<string, LineBreaker>>(KEPT_PARAGRAPH_CHARACTERS);
  /** Answers by the blocks measured (their JSON), then by the rest of what they depend on. */
  private readonly answers = new Kind<Map<string, unknown>>(KEPT_ANSWER_CHARACTERS);
  /** Whether the fonts have each code point of the Basic Multilingual Plane met: 0 not asked yet, 1 yes, 2 no (missing or substituted). */
  private readonly plane = new Uint8Array(0x10000);
  /** The same for code points above it, and lone surrogates. */
  private readonly astral = new Map<number, boolean>();

  constructor(private readonly faces: readonly Face[]) {}

  /** Starts a document: forgets what no document asked for in the last `KEPT_DOCUMENTS`. */
  startDocument(): void {
    this.document += 1;
    this.paragraphs.forgetBefore(this.document - KEPT_DOCUMENTS + 1);
    this.answers.forgetBefore(this.document - KEPT_DOCUMENTS + 1);
  }

  /**
   * Returns the line breakers of a paragraph with the content of `runs` (by width, size and weight), to
   * read and add to; undefined when it cannot be kept (a character no font covers, or the store is full).
   */
  breakers(runs: readonly Run[]): Map<string, LineBreaker> | undefined {
    const key = contentKey(runs);
    const found = this.paragraphs.get(key, this.document);
    if (found) return found;
    if (!this.paragraphs.room(key.length) || !runs.every((run) => this.covered(run.text))) return undefined;
    const breakers = new Map<string, LineBreaker>();
    this.paragraphs.set(key, breakers, this.document, key.length);
    return breakers;
  }

  /**
   * Returns `compute()`, or what it returned in this or an earlier document for the same `blocks` and `key`.
   * Together they must hold everything the answer depends on besides the fonts (`blocks` the JSON of the blocks
   * measured, with all their text; `key` the boxes, settings and scale): an answer is kept only when the fonts
   * cover every character of both.
   */
  answer<T>(blocks: string, key: string, compute: () => T): T {
    let answers = this.answers.get(blocks, this.document);
    const found = answers?.get(key);
    if (found !== undefined) return found as T;
    const value = compute();
    if (!this.answers.room(blocks.length + key.length) || !this.covered(key)) return value;
    if (!answers) {
      if (!this.covered(blocks)) return value;
      answers = new Map();
      this.answers.set(blocks, answers, this.document, blocks.length);
    }
    answers.set(key, value);
    this.answers.grow(blocks, key.length);
    return value;
  }

  /** Returns true when the fonts have every character of `text` (none missing, none substituted), as the typesetter resolves them. */
  private covered(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      // Most characters: one look in the table.
      const known = this.plane[unit];
      if (known === 1) continue;
      if (known === 2) return false;
      const code = text.codePointAt(i) as number;
      if (code > 0xffff) i += 1;
      if (!this.coveredCode(code)) return false;
    }
    return true;
  }

  /** Returns whether the fonts have `code`, resolving it as the typesetter does the first time. */
  private coveredCode(code: number): boolean {
    // A pair of surrogates is the character it makes, a lone one itself: neither goes in the table, whose
    // entry for a surrogate would be read for every pair beginning with it.
    const astral = code > 0xffff || (code >= 0xd800 && code <= 0xdfff);
    const known = astral ? this.astral.get(code) : undefined;
    if (known !== undefined) return known;
    const has = (face: number, point: number): boolean => this.faces[face]?.regular.font.hasGlyphForCodePoint(point) ?? false;
    const resolved = resolveGlyphs(String.fromCodePoint(code), this.faces.length, has);
    const covered = resolved.missing.length === 0 && resolved.substituted.length === 0;
    if (astral) this.astral.set(code, covered);
    else this.plane[code] = covered ? 1 : 2;
    return covered;
  }

  /** Paragraphs and block lists with answers kept now, for tests. */
  get sizes(): { paragraphs: number; answers: number } {
    return { paragraphs: this.paragraphs.size, answers: this.answers.size };
  }
}

/** The stores of every font stack met. */
export class LayoutStores {
  private readonly stores = new WeakMap<readonly Face[], LayoutStore>();

  /** Returns the store of a font stack (faces are loaded once per process: the same array each time). */
  of(faces: readonly Face[]): LayoutStore {
    let store = this.stores.get(faces);
    if (!store) {
      store = new LayoutStore(faces);
      this.stores.set(faces, store);
    }
    return store;
  }
}

/** Returns a key that differs whenever the text or a style of the runs differs (each part prefixed with its length). */
export function contentKey(runs: readonly Run[]): string {
  let key = "";
  for (const run of runs) {
    const link = run.link === undefined ? "" : `${run.link.length}@${run.link}`;
    key += `${run.bold ? "b" : "-"}${run.italic ? "i" : "-"}${run.code ? "c" : "-"}${link}${run.text.length}:${run.text}`;
  }
  return key;
}
