/** Reading notes: encodings, line ends, front matter, and a clear error for each bad input. */
import { mkdtemp, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { readSources } from "../../src/notes/read.js";

const FIXTURES = "tests/fixtures";
const cwd = process.cwd();

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "prep-print-read-"));
}

describe("readSources", () => {
  it("refuses ---js front matter without running it", async () => {
    const { files, diagnostics } = await readSources([`${FIXTURES}/errors/js-front-matter/notes.md`], cwd);
    expect(files).toHaveLength(0);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      "tests/fixtures/errors/js-front-matter/notes.md:1:4: error Front matter language `js` is not supported: only YAML is read (other engines could run code)  front-matter-engine",
    ]);
    expect((globalThis as Record<string, unknown>).__prepPrintFrontMatterRan).toBeUndefined();
  });

  it("names the file and line of a YAML error", async () => {
    const { diagnostics } = await readSources([`${FIXTURES}/errors/broken-yaml/notes.md`], cwd);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: "tests/fixtures/errors/broken-yaml/notes.md", line: 3, severity: "error", ruleId: "front-matter-yaml" });
  });

  it("reports a file that is not UTF-8 at its first bad line", async () => {
    const { diagnostics } = await readSources([`${FIXTURES}/errors/non-utf8/notes.md`], cwd);
    expect(diagnostics[0]).toMatchObject({ line: 2, severity: "error", ruleId: "input-encoding" });
  });

  it("reports a missing path, an empty folder and a binary file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "empty"));
    await writeFile(join(dir, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const { diagnostics } = await readSources([join(dir, "nope"), join(dir, "empty"), join(dir, "image.md")], dir);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(["input-missing", "input-empty", "input-binary"]);
    expect(diagnostics.every((d) => d.severity === "error")).toBe(true);
  });

  it("reads CRLF and BOM files with the same line numbers as LF", async () => {
    const dir = await tempDir();
    const text = "---\ntitle: T\n---\n\n**예상질문**\n\n1. 질문?\n";
    await writeFile(join(dir, "lf.md"), text);
    await writeFile(join(dir, "crlf.md"), `\uFEFF${text.replace(/\n/g, "\r\n")}`);
    const { files } = await readSources(["."], dir);
    expect(files.map((f) => f.path)).toEqual(["crlf.md", "lf.md"]);
    expect(files[0]?.body).toBe(files[1]?.body);
    expect(files[0]?.bodyLine).toBe(4);
    expect(files[0]?.frontMatter.title).toBe("T");
  });

  it("reads every .md below a folder in a stable order, skipping hidden folders", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "b"), { recursive: true });
    await mkdir(join(dir, ".git"), { recursive: true });
    await writeFile(join(dir, "b", "two.md"), "two");
    await writeFile(join(dir, "one.md"), "one");
    await writeFile(join(dir, ".git", "x.md"), "hidden");
    await writeFile(join(dir, "notes.txt"), "not markdown");
    const { files } = await readSources(["."], dir);
    expect(files.map((f) => f.path)).toEqual(["b/two.md", "one.md"]);
  });
});
