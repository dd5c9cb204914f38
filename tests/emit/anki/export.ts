/** Test helper: notes on disk → model → cards → ids (lock read and written beside the notes) → deck.tsv. */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { assignIds, deckTsv, lockPathFor, readIdLock, writeIdLock } from "../../../src/emit/anki/index.js";
import type { Diagnostic } from "../../../src/diagnostics.js";
import { loadModel } from "../../../src/model/index.js";
import { cardsFromModel } from "./cards-from-model.js";
import { importNotes, readAnkiFile, type ImportedNote } from "./anki-reader.js";

export interface Exported {
  tsv: string;
  lockPath: string;
  lockText: string;
  /** The deck as Anki imports it. */
  notes: ImportedNote[];
  /** GUID by card key (question text, story title, principle id). */
  guidOf: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** Exports the deck of the notes in `folder` the way a build would, writing the lock back. */
export async function exportDeck(folder: string): Promise<Exported> {
  const loaded = await loadModel(["."], { cwd: folder });
  if (!loaded.model) throw new Error(`Notes did not load: ${JSON.stringify(loaded.diagnostics)}`);
  const cards = cardsFromModel(loaded.model);
  const lockPath = await lockPathFor(["."], folder);
  const read = await readIdLock(lockPath);
  const deckName = loaded.model.document.title;
  const assigned = assignIds(cards, read.lock, deckName);
  const tsv = deckTsv(cards, assigned.ids, { deckName });
  const lockText = writeIdLock(assigned.lock);
  await mkdir(dirname(lockPath), { recursive: true });
  await writeFile(lockPath, lockText);
  const guidOf = new Map(cards.map((card) => [`${card.kind}:${card.key}`, assigned.ids.get(card) ?? ""]));
  return { tsv, lockPath, lockText, notes: importNotes(readAnkiFile(tsv)), guidOf, diagnostics: [...read.diagnostics, ...assigned.diagnostics] };
}
