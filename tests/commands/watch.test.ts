/**
 * `build --watch` with a real watcher on a temp folder (in-process, short quiet time): every kind of
 * save is built, the last state is always the one built, errors are reported and recovered from,
 * and the build's own writes never start another build.
 */
import { mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { note, pdfText, startWatch, tempDir } from "./watching.js";

const cheatsheet = (dir: string, out = "out"): string => join(dir, out, "cheatsheet.pdf");
const says = (dir: string, word: string, out = "out") => async (): Promise<boolean> => (await pdfText(cheatsheet(dir, out))).includes(word);

/** Saves as `sed -i` and most editors do: a temp file beside the note, renamed over it (a new inode). */
async function renameSave(path: string, text: string): Promise<void> {
  const temp = join(path, "..", `sed${Math.random().toString(36).slice(2, 8)}`);
  await writeFile(temp, text);
  await rename(temp, path);
}

describe("build --watch", () => {
  it("rebuilds a single watched note after each rename-save and in-place write", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Alpha0"));
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet" });
    try {
      await w.untilBuilt(says(dir, "Alpha0"));
      for (let i = 1; i <= 6; i++) {
        const word = `Alpha${i}`;
        if (i % 2 === 1) await renameSave(join(dir, "notes.md"), note(word));
        else await writeFile(join(dir, "notes.md"), note(word));
        await w.untilBuilt(says(dir, word));
      }
      expect(w.stdout()).toMatch(/^changed: notes\.md$/m);
    } finally {
      expect(await w.stop()).toBe(0);
    }
  });

  it("builds a new note in the watched folder and in a folder made inside it", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "notes"));
    await writeFile(join(dir, "notes", "a.md"), note("First"));
    const w = startWatch(dir, ["notes"], { only: "cheatsheet" });
    try {
      await w.untilBuilt(says(dir, "First"));
      await writeFile(join(dir, "notes", "b.md"), "## Questions\n\n1. Why now? Second\n   - Timing.\n");
      await w.untilBuilt(says(dir, "Second"));
      await mkdir(join(dir, "notes", "later"));
      await writeFile(join(dir, "notes", "later", "c.md"), "## Questions\n\n1. Why you? Third\n   - Skills.\n");
      await w.untilBuilt(says(dir, "Third"));
      // The new folder is watched from then on: a rename-save inside it is seen too.
      await renameSave(join(dir, "notes", "later", "c.md"), "## Questions\n\n1. Why you? Fourth\n   - Skills.\n");
      await w.untilBuilt(says(dir, "Fourth"));
    } finally {
      await w.stop();
    }
  });

  it("builds the last of 100 rapid edits, in far fewer builds than edits", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Edit0"));
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet" });
    try {
      await w.untilBuilds(1);
      const edit = (i: number): Promise<void> => (i % 3 === 0 ? renameSave(join(dir, "notes.md"), note(`Edit${i}`)) : writeFile(join(dir, "notes.md"), note(`Edit${i}`)));
      for (let i = 1; i <= 50; i++) await edit(i);
      // The other half while the build of the first half runs: that build cannot have read them all, so one more must follow.
      await w.untilRebuildsStarted(1);
      for (let i = 51; i <= 100; i++) await edit(i);
      await w.untilBuilt(says(dir, "Edit100"));
      expect(w.builds()).toBeLessThan(30);
      // A build may have read a note half written in place (and said so); the last one read it whole.
      expect(w.stdout().match(/^\d+ of \d+ built in .*$/gm)?.at(-1)).toMatch(/^1 of 1 built in [\d.]+ s$/);
    } finally {
      await w.stop();
    }
  });

  it("reports an error in the notes, keeps watching and builds again once they are fixed", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Good"));
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet" });
    try {
      await w.untilBuilt(says(dir, "Good"));
      await writeFile(join(dir, "notes.md"), "---\ntitle: [unclosed\n---\n\n## Questions\n\n1. Broken?\n");
      await w.untilBuilds(2);
      expect(w.stdout()).toMatch(/^0 of 1 built in .*; 1 failed \(previous file kept\)$/m);
      expect(w.stderr()).toMatch(/^notes\.md:\d+:\d+: error /m);
      expect(await pdfText(cheatsheet(dir))).toContain("Good");
      await writeFile(join(dir, "notes.md"), note("Fixed"));
      await w.untilBuilt(says(dir, "Fixed"));
    } finally {
      expect(await w.stop()).toBe(0);
    }
  });

  it("reports a deleted note, and builds it again when it comes back", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Before"));
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet" });
    try {
      await w.untilBuilt(says(dir, "Before"));
      await rm(join(dir, "notes.md"));
      await w.untilBuilds(2);
      expect(w.stderr()).toMatch(/^notes\.md:1:1: error No such file or folder/m);
      await writeFile(join(dir, "notes.md"), note("After"));
      await w.untilBuilt(says(dir, "After"));
    } finally {
      await w.stop();
    }
  });

  it("sees a watched notes folder deleted and made again, and a linked note saved outside it", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "notes"));
    await mkdir(join(dir, "elsewhere"));
    await writeFile(join(dir, "notes", "a.md"), note("Folder1"));
    await writeFile(join(dir, "elsewhere", "linked.md"), "## Questions\n\n1. Why here? Linked1\n   - Reasons.\n");
    await symlink(join(dir, "elsewhere", "linked.md"), join(dir, "notes", "linked.md"));
    const w = startWatch(dir, ["notes"], { only: "cheatsheet" });
    try {
      await w.untilBuilt(says(dir, "Linked1"));
      await renameSave(join(dir, "elsewhere", "linked.md"), "## Questions\n\n1. Why here? Linked2\n   - Reasons.\n");
      await w.untilBuilt(says(dir, "Linked2"));
      const before = w.builds();
      await rm(join(dir, "notes"), { recursive: true });
      await w.untilBuilds(before + 1);
      await mkdir(join(dir, "notes"));
      await writeFile(join(dir, "notes", "a.md"), note("Folder2"));
      await w.untilBuilt(says(dir, "Folder2"));
    } finally {
      await w.stop();
    }
  });

  it("reports a failure to write the output, keeps watching, and builds once the output folder can be written", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Disk1"));
    await writeFile(join(dir, "out"), "a file where the output folder should be");
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet" });
    try {
      await w.untilBuilt(async () => /out/.test(w.stderr()));
      expect(w.stderr()).not.toMatch(/^\s+at /m); // no stack trace
      await rm(join(dir, "out"));
      await writeFile(join(dir, "notes.md"), note("Disk2"));
      await w.untilBuilt(says(dir, "Disk2"));
    } finally {
      expect(await w.stop()).toBe(0);
    }
  });

  it("rebuilds when a partial in the templates folder is saved, reports a broken one and recovers", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Body"));
    await mkdir(join(dir, "tpl", "partials"), { recursive: true });
    const header = join(dir, "tpl", "partials", "cheatsheet-header.md.hbs");
    await writeFile(header, "HeaderOne\n");
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet", templates: "tpl" });
    try {
      await w.untilBuilt(says(dir, "HeaderOne"));
      await renameSave(header, "HeaderTwo\n");
      await w.untilBuilt(says(dir, "HeaderTwo"));
      await writeFile(header, "{{#if}}\n");
      await w.untilBuilt(async () => /cheatsheet-header\.md\.hbs:\d+:\d+: error /.test(w.stderr()));
      await writeFile(header, "HeaderThree\n");
      await w.untilBuilt(says(dir, "HeaderThree"));
    } finally {
      await w.stop();
    }
  });

  it("rebuilds with new settings when the config file changes, and reports a broken one without stopping", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Paper"));
    const w = startWatch(dir, ["notes.md"], { only: "cheatsheet" });
    const mediaBox = async (): Promise<string> => /\/MediaBox \[([^\]]+)\]/.exec((await readFile(cheatsheet(dir))).toString("latin1"))?.[1]?.trim() ?? "";
    try {
      await w.untilBuilds(1);
      expect(await mediaBox()).toBe("0 0 595.28 841.89");
      await writeFile(join(dir, "prep-print.config.json"), "{ \"paper\": ");
      await w.untilBuilt(async () => /not valid JSON; not rebuilt, still watching/.test(w.stderr()));
      await writeFile(join(dir, "prep-print.config.json"), '{ "paper": "letter" }');
      await w.untilBuilt(async () => (await mediaBox()) === "0 0 612 792");
    } finally {
      await w.stop();
    }
  });

  it("does not rebuild for its own writes: the output folder, HTML, the Anki deck and id lock inside the watched folder", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "notes"));
    await writeFile(join(dir, "notes", "notes.md"), note("Loop0"));
    const w = startWatch(dir, ["notes"], { only: "cheatsheet,flashcards", out: "notes/out", format: "pdf,html,anki" });
    try {
      await w.untilBuilt(says(dir, "Loop0", "notes/out"));
      await writeFile(join(dir, "notes", "notes.md"), note("Loop1"));
      await w.untilBuilt(says(dir, "Loop1", "notes/out"));
      // Any build started by the second build's own writes would start within the quiet time (20 ms) of them.
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(w.builds()).toBe(2);
    } finally {
      await w.stop();
    }
  });
});
