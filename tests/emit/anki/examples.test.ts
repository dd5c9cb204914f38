/** The team's example notes and the bundled content as decks: every card in, readable the way Anki reads it. */
import { copyFile, cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../../src/model/index.js";
import { EXAMPLES } from "../../examples.js";
import { cardsFromModel } from "./cards-from-model.js";
import { exportDeck } from "./export.js";

const CONTENT = new URL("../../../content", import.meta.url).pathname;

/** Returns a fresh folder holding a copy of `source` (a note file or a folder of notes). */
async function copied(source: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "prep-print-anki-example-"));
  if (source.endsWith(".md")) await copyFile(source, join(folder, basename(source)));
  else await cp(source, folder, { recursive: true });
  return folder;
}

const examples = (await readdir(EXAMPLES)).filter((f) => f.endsWith(".md")).map((f) => join(EXAMPLES, f));

describe.each([...examples, CONTENT])("the deck of %s", (source: string) => {
  it("has a row per card with its front, unique GUIDs, and comes out the same twice", async () => {
    const folder = await copied(source);
    const first = await exportDeck(folder);
    const model = (await loadModel(["."], { cwd: folder })).model;
    const cards = cardsFromModel(model ?? expect.unreachable());
    expect(cards.filter((c) => c.kind === "question").length).toBeGreaterThan(0);
    expect(first.notes.map((n) => n.fields[0])).toEqual(cards.map((c) => c.front));
    expect(new Set(first.notes.map((n) => n.guid)).size).toBe(cards.length);
    expect(first.diagnostics).toEqual([]);
    const second = await exportDeck(folder);
    expect(second.tsv).toBe(first.tsv);
    expect(second.lockText).toBe(first.lockText);
  });
});
