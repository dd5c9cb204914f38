/** loadModel as the commands use it: notes with nothing to print are an error, not empty PDFs. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { loadModel } from "../../src/model/index.js";

describe("loadModel", () => {
  it("says an empty or whitespace-only set of notes holds nothing", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-load-"));
    await writeFile(join(dir, "a.md"), "");
    await writeFile(join(dir, "b.md"), "  \n\n\t\n");
    const { diagnostics } = await loadModel(["."], { cwd: dir });
    expect(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic)).toEqual([
      "a.md:1:1: error No questions, stories or principle notes found in `.`  notes-empty",
    ]);
  });

  it.each([["## 예상질문"], ["# My notes\n\n## Questions\n\n## Stories\n"]])("says notes of headings with nothing under them hold nothing (%j)", async (text) => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-load-"));
    await writeFile(join(dir, "a.md"), text);
    const { diagnostics } = await loadModel(["a.md"], { cwd: dir });
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual(["notes-empty"]);
  });

  it("places a principle's info where the principle is written, and the others on the whole file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-load-"));
    await writeFile(join(dir, "n.md"), "# Notes\n\n## Ownership\nI finish what I start.\n");
    const { diagnostics } = await loadModel(["n.md"], { cwd: dir });
    const infos = diagnostics.filter((d) => d.ruleId === "principle-no-story");
    expect(infos.find((d) => d.message.includes("`Ownership`"))).toMatchObject({ file: "n.md", line: 3 });
    expect(infos.filter((d) => d.line === 0)).toMatchObject([{ file: "n.md", message: expect.stringMatching(/^15 principles not in the notes, so with no story yet: `Customer Obsession`, `Invent and Simplify`/) }]);
  });
});
