/** `build --watch` lays the cheat sheet out again only when its document changed, and the result is the same as a fresh build's. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { build, productDocument } from "../../src/build.js";
import { resolveSettings } from "../../src/config.js";
import { loadModel } from "../../src/model/index.js";
import { ReusableOutputs } from "../../src/reuse.js";
import { note, startWatch, tempDir } from "./watching.js";

describe("outputs kept between watch builds", () => {
  it("reuses the cheat sheet's PDF for the same document and settings only; always lays out the cards", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Same"));
    const settings = resolveSettings(dir, ["notes.md"], {});
    const { model } = await loadModel(settings.inputs, { cwd: dir });
    if (!model) throw new Error("no model");
    const kept = new ReusableOutputs();
    let emitted = 0;
    const emit = async () => {
      emitted += 1;
      return null;
    };
    const sheet = await productDocument(model, "cheatsheet", settings);
    await kept.emit("pdf", sheet, settings, emit);
    await kept.emit("pdf", await productDocument(model, "cheatsheet", settings), settings, emit);
    expect(emitted).toBe(1);
    const letter = { ...settings, pdf: { ...settings.pdf, paper: "letter" as const } };
    await kept.emit("pdf", sheet, letter, emit);
    expect(emitted).toBe(2);
    await kept.emit("html", sheet, letter, emit);
    await kept.emit("html", sheet, letter, emit);
    expect(emitted).toBe(4);
    const deck = await productDocument(model, "flashcards", settings);
    await kept.emit("pdf", deck, settings, emit);
    await kept.emit("pdf", deck, settings, emit);
    expect(emitted).toBe(6);
  });

  it("writes the same cheat sheet as a fresh build after edits that change only the cards", async () => {
    const dir = await tempDir();
    const notes = (answer: string) => note("Kept").replace("Because of the work.", answer);
    await writeFile(join(dir, "notes.md"), notes("First answer."));
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet,flashcards" });
    try {
      await w.untilBuilds(1);
      await writeFile(join(dir, "notes.md"), notes("Second answer."));
      await w.untilBuilds(2);
    } finally {
      await w.stop();
    }
    const fresh = await build(resolveSettings(dir, ["notes.md"], { out: "fresh", only: "cheatsheet,flashcards" }));
    expect(fresh.failed).toBe(0);
    for (const file of ["cheatsheet.pdf", "flashcards.pdf"]) {
      expect((await readFile(join(dir, "out", file))).equals(await readFile(join(dir, "fresh", file)))).toBe(true);
    }
  });
});
