/**
 * The PDFs' exact bytes for content/ and the two first examples, pinned by SHA-256. A change to the
 * code that is not meant to change the output (a restructure, a speed-up) must leave these alone;
 * a change that is meant to change the output updates them on purpose with `npx vitest run -u`.
 */
import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { build } from "../../src/build.js";
import { resolveSettings } from "../../src/config.js";
import { NOTES_EN, NOTES_KO } from "../examples.js";

const INPUTS = { content: "content", "notes-ko": NOTES_KO, "notes-en": NOTES_EN };

describe.each(Object.entries(INPUTS))("PDF bytes of %s", (name, input) => {
  it("are the pinned ones", async () => {
    const out = await mkdtemp(join(tmpdir(), "prep-print-identical-"));
    const settings = resolveSettings(process.cwd(), [relative(process.cwd(), input) || input], { out });
    const result = await build(settings);
    expect(result.failed).toBe(0);
    const hashes: Record<string, string> = {};
    for (const file of ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"]) {
      hashes[file] = createHash("sha256").update(await readFile(join(out, file))).digest("hex");
    }
    await expect(`${JSON.stringify(hashes, null, 2)}\n`).toMatchFileSnapshot(`./pdf-sha256/${name}.json`);
  });
});
