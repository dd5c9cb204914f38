/** The Anki emitter: the flashcards as `deck.tsv`, each card keeping its id across edits through a lock beside the notes. */
import { relative } from "node:path";
import type { AnkiOptions } from "../../config.js";
import type { DeckCard, DeckDocument, ProductDocument } from "../../products/types.js";
import { blocksToHtml } from "../html/index.js";
import type { EmitOutput } from "../types.js";
import { principleIdentity, questionIdentity, storyIdentity, type AnkiCard, type AnkiCardBase } from "./identity.js";
import { assignIds } from "./ids.js";
import { lockPathFor, readIdLock, writeIdLock } from "./lock.js";
import { deckTsv } from "./tsv.js";

/** What the Anki emitter needs of a build besides its options: where the notes are. */
export interface AnkiBuild {
  inputs: readonly string[];
  cwd: string;
}

/** Returns the Anki emitter of one build: `deck.tsv` for the flashcards, nothing for the other products. */
export function ankiEmitter(options: AnkiOptions, build: AnkiBuild): (document: ProductDocument) => Promise<EmitOutput | null> {
  return async (document) => (document.kind === "deck" ? emitDeck(document, options, build) : null);
}

async function emitDeck(document: DeckDocument, options: AnkiOptions, build: AnkiBuild): Promise<EmitOutput> {
  const deckName = options.deckName ?? document.info.title;
  const lockPath = await lockPathFor(build.inputs, build.cwd);
  const read = await readIdLock(lockPath, relative(build.cwd, lockPath) || lockPath);
  const cards = document.cards.flatMap((card) => ankiCard(card));
  const assigned = assignIds(cards, read.lock, deckName);
  const tsv = deckTsv(cards, assigned.ids, { deckName });
  const lock = writeIdLock(assigned.lock);
  // A deck of some cards only (--principle, --cards) would forget the others' ids: keep the lock as it was.
  const files = [{ file: "deck.tsv", bytes: tsv }, ...(options.wholeDeck && lock !== writeIdLock(read.lock) ? [{ file: lockPath, bytes: lock }] : [])];
  const count = cards.length;
  return { files, pages: null, summary: `${count} ${count === 1 ? "note" : "notes"} for Anki, deck "${deckName}"`, missingGlyphs: [], diagnostics: [...read.diagnostics, ...assigned.diagnostics] };
}

/** Returns the Anki note of a card: its identity, and its two sides as HTML from the same card templates. */
function ankiCard(card: DeckCard): AnkiCard[] {
  const { question, principle, story } = card.spec;
  const identity: AnkiCardBase | null = question ? questionIdentity(question) : principle ? principleIdentity(principle) : story ? storyIdentity(story) : null;
  if (identity === null) return [];
  return [{ ...identity, front: blocksToHtml(card.front(1, 1)), back: blocksToHtml(card.back) }];
}
