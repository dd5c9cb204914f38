/**
 * `build --watch` keeps layout and compressed streams between builds (src/emit/pdf/typeset/warm.ts): after
 * every save its PDFs and warnings must be those of a fresh build of the same notes. The fresh builds run
 * first, before any watch has started keeping anything in this process.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NOTES_EN, NOTES_KO } from "../examples.js";
import { prepPrint } from "./run.js";
import { startWatch, tempDir } from "./watching.js";

const PDFS = ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"];

/** The notes saved one after another: one-line edits of an answer, characters the fonts lack, other notes, and back. */
async function saves(): Promise<string[]> {
  const original = await readFile("content/notes.md", "utf8");
  const lines = original.split("\n");
  const at = lines.findIndex((line) => /^\s*(?:[-*]\s+)?(?:\*\*)?(?:A|Action)(?:\*\*)?:/.test(line));
  expect(at).toBeGreaterThan(0);
  const edited = (tail: string): string => lines.map((line, n) => (n === at ? `${line}${tail}` : line)).join("\n");
  return [original, edited(" (edit 1)"), edited(" (edit 2)"), edited(" (edit 2) 🦄 ✅"), edited(" (edit 3)"), await readFile(NOTES_KO, "utf8"), await readFile(NOTES_EN, "utf8"), original];
}

/** The diagnostics printed for one build, without its timing lines. */
function warnings(stderr: string): string[] {
  return stderr.split("\n").filter((line) => /: (warning|error) /.test(line));
}

describe("watch rebuilds against fresh builds", () => {
  it("writes after every save the PDFs and warnings a fresh build of the same notes gives", async () => {
    const states = await saves();
    const root = await tempDir();
    const fresh: { pdfs: Buffer[]; warnings: string[] }[] = [];
    for (const [i, text] of states.entries()) {
      const dir = join(root, `fresh-${i}`);
      await mkdir(dir);
      await cp("content", join(dir, "notes"), { recursive: true });
      await writeFile(join(dir, "notes", "notes.md"), text);
      const ran = await prepPrint(["build", "notes"], dir);
      expect(ran.code, ran.stderr).toBe(0);
      fresh.push({ pdfs: await Promise.all(PDFS.map((pdf) => readFile(join(dir, "out", pdf)))), warnings: warnings(ran.stderr) });
    }
    expect(fresh[3]?.warnings.some((line) => line.includes("U+1F984"))).toBe(true);

    const dir = join(root, "watched");
    await mkdir(dir);
    await cp("content", join(dir, "notes"), { recursive: true });
    const w = startWatch(dir, ["notes"]);
    try {
      let printed = 0;
      for (const [i, text] of states.entries()) {
        if (i > 0) await writeFile(join(dir, "notes", "notes.md"), text);
        await w.untilBuilds(i + 1, 20_000);
        const stderr = w.stderr().slice(printed);
        printed = w.stderr().length;
        expect(warnings(stderr), `save ${i}`).toEqual(fresh[i]?.warnings);
        for (const [p, pdf] of PDFS.entries()) {
          const same = (await readFile(join(dir, "out", pdf))).equals(fresh[i]?.pdfs[p] as Buffer);
          expect(same, `${pdf} after save ${i}`).toBe(true);
        }
      }
    } finally {
      await w.stop();
    }
  }, 120_000);
});
