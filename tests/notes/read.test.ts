/** Reading notes: encodings, line ends, front matter, and a clear error for each bad input. */
import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, mkdir, symlink, writeFile } from "node:fs/promises";
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

describe("readSources on unusual files", () => {
  it("refuses a FIFO named as a note at once, without opening it", async () => {
    const dir = await tempDir();
    execFileSync("mkfifo", [join(dir, "pipe.md")]);
    const { files, diagnostics } = await readSources(["pipe.md"], dir);
    expect(files).toEqual([]);
    expect(diagnostics).toMatchObject([{ file: "pipe.md", severity: "error", ruleId: "input-not-file" }]);
  });

  it("decodes UTF-16 notes with a BOM, little- and big-endian", async () => {
    const dir = await tempDir();
    const text = "---\ntitle: 질문 모음\n---\n\n**예상질문**\n\n1. 왜 이 팀인가요?\n";
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const big = Buffer.from(little);
    for (let i = 0; i + 1 < big.length; i += 2) [big[i], big[i + 1]] = [big[i + 1] as number, big[i] as number];
    await writeFile(join(dir, "le.md"), little);
    await writeFile(join(dir, "be.md"), big);
    const { files, diagnostics } = await readSources(["le.md", "be.md"], dir);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.frontMatter.title, f.body.trim()])).toEqual([
      ["질문 모음", "**예상질문**\n\n1. 왜 이 팀인가요?"],
      ["질문 모음", "**예상질문**\n\n1. 왜 이 팀인가요?"],
    ]);
  });

  it("follows linked notes inside a folder, and reports a broken link and a linked folder", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "notes"));
    await writeFile(join(dir, "elsewhere.md"), "**예상질문**\n\n1. 연결된 노트?\n");
    await symlink(join(dir, "elsewhere.md"), join(dir, "notes", "linked.md"));
    await symlink(join(dir, "gone.md"), join(dir, "notes", "broken.md"));
    await mkdir(join(dir, "more"));
    await symlink(join(dir, "more"), join(dir, "notes", "more"));
    const { files, diagnostics } = await readSources(["notes"], dir);
    expect(files.map((f) => f.path)).toEqual(["notes/linked.md"]);
    expect(diagnostics.map((d) => [d.file, d.severity, d.ruleId])).toEqual([
      ["notes/broken.md", "warning", "input-link"],
      ["notes/more", "warning", "input-link"],
    ]);
    expect(diagnostics[0]?.message).toContain("ENOENT");
  });

  it("refuses a note larger than 20 MB", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "huge.md"), Buffer.alloc(21 * 1024 * 1024, 0x61));
    const { diagnostics } = await readSources(["huge.md"], dir);
    expect(diagnostics).toMatchObject([{ file: "huge.md", severity: "error", ruleId: "input-too-large" }]);
  });

  it("refuses a line over 100,000 characters at its line, and takes one of exactly that many", async () => {
    const dir = await tempDir();
    const words = (chars: number) => "word ".repeat(chars / 5);
    await writeFile(join(dir, "long.md"), `## Story: long\n\nR: ${words(100_000)}\n\n${words(500_000)}\n`);
    await writeFile(join(dir, "edge.md"), `${"word ".repeat(19_999)}word\n`);
    const { diagnostics } = await readSources(["long.md"], dir);
    expect(diagnostics).toMatchObject([{ file: "long.md", line: 3, severity: "error", ruleId: "input-line-too-long" }]);
    expect(diagnostics[0]?.message).toMatch(/^This line is 100,003 characters long; a line may hold at most 100,000/);
    expect((await readSources(["edge.md"], dir)).diagnostics).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable note and folder with the system's reason", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "secret.md"), "x");
    await chmod(join(dir, "secret.md"), 0o000);
    await mkdir(join(dir, "locked"));
    await chmod(join(dir, "locked"), 0o000);
    const { diagnostics } = await readSources(["secret.md", "locked"], dir);
    expect(diagnostics.map((d) => [d.file, d.message])).toEqual([
      ["secret.md", "Cannot read: EACCES: permission denied"],
      ["locked", "Cannot read this folder: EACCES: permission denied"],
    ]);
  });

  it("reports a link loop named as a note with the system's reason", async () => {
    const dir = await tempDir();
    await symlink(join(dir, "b.md"), join(dir, "a.md"));
    await symlink(join(dir, "a.md"), join(dir, "b.md"));
    const { diagnostics } = await readSources(["a.md"], dir);
    expect(diagnostics).toMatchObject([{ file: "a.md", severity: "error" }]);
    expect(diagnostics[0]?.message).toContain("ELOOP");
  });
});
