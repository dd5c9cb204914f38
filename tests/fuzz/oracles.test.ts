/**
 * The fuzz runners' oracles, checked against a stand-in checkout whose binary and reader
 * misbehave on command: a harness that never reports anything would pass every fuzz run.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildNote } from "./cli-runner.js";
import { repoRoot } from "./corpus.js";
import { ReaderSlot } from "./read-runner.js";

/** A binary that does what the note says: throw, loop, exit 1 quietly, write a broken PDF, or refuse with a located error. */
const FAKE_BIN = `import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
const note = readFileSync(process.argv[3], "utf8").trim();
if (note === "THROW") throw new TypeError("boom");
if (note === "LOOP") for (;;);
if (note === "QUIET") process.exit(1);
if (note === "LOCATED") { process.stderr.write("notes.md:1:1: error Something is wrong  some-rule\\n"); process.exit(1); }
if (note === "ABORT") process.kill(process.pid, "SIGABRT");
mkdirSync("out", { recursive: true });
if (note === "BADPDF") writeFileSync("out/cheatsheet.pdf", "%PDF-1.4 not really");
`;

/** A reader that does what the note says: throw, loop, run out of memory, or report an unplaced line. */
const FAKE_READER = `import { readFileSync } from "node:fs";
export async function loadModel(paths) {
  const note = readFileSync(paths[0], "utf8").trim();
  if (note === "THROW") throw new RangeError("Invalid string length");
  if (note === "LOOP") for (;;);
  if (note === "OOM") { const hoard = []; for (;;) hoard.push(new Array(1e6).fill(hoard.length)); }
  const unplaced = note === "UNPLACED" ? [{ ruleId: "unplaced-line", severity: "warning", line: 3, message: "Line not placed in the model: \`x\`" }] : [];
  return { model: {}, diagnostics: unplaced, sources: [] };
}
`;

let root = "";

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "prep-print-fuzz-oracles-"));
  for (const folder of ["bin", "dist/model", "tests/fuzz"]) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, "bin", "prep-print.js"), FAKE_BIN);
  writeFileSync(join(root, "dist", "model", "index.js"), FAKE_READER);
  writeFileSync(join(root, "package.json"), '{ "type": "module" }\n');
  copyFileSync(join(repoRoot(), "tests", "fuzz", "read-child.mjs"), join(root, "tests", "fuzz", "read-child.mjs"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the CLI runner", () => {
  const build = (note: string) => buildNote(note, { root, timeoutMs: 1500, memoryMb: 256 });

  it("calls a stack trace, a signal and a quiet exit 1 crashes, but not a located error", async () => {
    expect(await build("THROW")).toMatchObject({ kind: "crash", detail: expect.stringMatching(/stack trace.*TypeError: boom/) });
    expect(await build("ABORT")).toMatchObject({ kind: "crash", detail: expect.stringMatching(/^exit SIGABRT/) });
    expect(await build("QUIET")).toMatchObject({ kind: "crash", detail: expect.stringMatching(/exit 1 without a located error/) });
    expect(await build("LOCATED")).toMatchObject({ kind: "done", errors: ["some-rule"] });
  }, 60_000);

  it("stops a build that computes past the CPU limit and calls it a hang", async () => {
    expect(await build("LOOP")).toMatchObject({ kind: "hang", detail: "over 1.5 s of CPU time" });
  }, 60_000);

  it("calls a PDF pdfjs cannot open invalid, and exit 0 with no PDF too", async () => {
    expect(await build("BADPDF")).toMatchObject({ kind: "invalid-pdf", detail: expect.stringMatching(/^cheatsheet\.pdf does not open/) });
    expect(await build("NOTHING")).toMatchObject({ kind: "invalid-pdf", detail: "exit 0 but no PDF written" });
  }, 60_000);
});

describe("the in-process runner", () => {
  it("reports exceptions, hangs, running out of memory and unplaced lines, and carries on after each", async () => {
    const slot = new ReaderSlot({ root, timeoutMs: 1500, memoryMb: 64 });
    try {
      expect(await slot.read("THROW")).toMatchObject({ kind: "crash", crash: expect.stringMatching(/^RangeError: Invalid string length/) });
      expect(await slot.read("LOOP")).toMatchObject({ kind: "hang" });
      expect(await slot.read("OOM")).toMatchObject({ kind: "crash", crash: expect.stringMatching(/^out of memory/) });
      expect(await slot.read("UNPLACED")).toMatchObject({ kind: "done", unplaced: [{ line: 3, message: "Line not placed in the model: `x`" }] });
      expect(await slot.read("fine")).toMatchObject({ kind: "done", unplaced: [] });
    } finally {
      slot.close();
    }
  }, 120_000);
});
