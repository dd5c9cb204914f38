/** The id lock: where it lives, its stable text, and a corrupt or hand-edited lock read without a crash. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockPathFor, parseIdLock, readIdLock, writeIdLock, type IdLock } from "../../../src/emit/anki/index.js";

const FP = "0123456789abcdef0123456789abcdef";
const LOCK: IdLock = {
  cards: [
    { kind: "story", key: "Slow search page", guid: "st0ry#1", context: FP },
    { kind: "question", key: "왜 이 팀인가요?", guid: "q{2}", context: "" },
    { kind: "question", key: "Ask \"why\" five times?", guid: "q1", context: FP },
    { kind: "principle", key: "ownership", guid: "p1", context: "" },
  ],
};

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "prep-print-lock-"));
}

describe("writeIdLock", () => {
  it("writes one entry a line, sorted by kind and key, and reads back to the same entries", () => {
    const text = writeIdLock(LOCK);
    const lines = text.split("\n").filter((l) => l.startsWith("    {"));
    expect(lines.map((l) => (JSON.parse(l.replace(/,$/, "")) as { guid: string }).guid)).toEqual(["p1", "q1", "q{2}", "st0ry#1"]);
    const back = parseIdLock(text, "ids.json");
    expect(back.diagnostics).toEqual([]);
    expect(writeIdLock(back.lock)).toBe(text);
    expect(writeIdLock({ cards: [...LOCK.cards].reverse() })).toBe(text);
  });

  it("writes an empty lock that reads back empty", () => {
    const back = parseIdLock(writeIdLock({ cards: [] }), "ids.json");
    expect(back).toEqual({ lock: { cards: [] }, diagnostics: [] });
  });
});

describe("parseIdLock", () => {
  it("points at the broken spot of a lock that is not JSON, and starts afresh", () => {
    const text = writeIdLock(LOCK).replace('"guid":"q1",', '"guid":"q1" ');
    const { lock, diagnostics } = parseIdLock(text, ".prep-print/ids.json");
    expect(lock.cards).toEqual([]);
    const line = text.split("\n").findIndex((l) => l.includes('"q1" ')) + 1;
    expect(diagnostics).toEqual([expect.objectContaining({ file: ".prep-print/ids.json", line, severity: "warning", ruleId: "anki-id-lock" })]);
    expect(diagnostics[0]?.column).toBeGreaterThan(1);
  });

  it("skips a hand-broken entry with a warning at its line and keeps the others", () => {
    const text = writeIdLock(LOCK).replace('"guid":"q1"', '"guid":"has space"').replace('"guid":"p1"', '"guid":"st0ry#1"');
    const { lock, diagnostics } = parseIdLock(text, "ids.json");
    expect(lock.cards.map((e) => [e.kind, e.guid])).toEqual([["principle", "st0ry#1"], ["question", "q{2}"]]);
    const lineOf = (needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[lineOf('"has space"'), 5], [lineOf('"key":"Slow search page"'), 5]]);
    expect(diagnostics[1]?.message).toMatch(/GUID `st0ry#1` is used twice/);
  });

  it("starts afresh, with a warning, on a lock of another shape or version", () => {
    for (const text of ["[]", "null", '{"version":1}', '{"version":2,"cards":[]}']) {
      const { lock, diagnostics } = parseIdLock(text, "ids.json");
      expect(lock.cards, text).toEqual([]);
      expect(diagnostics.map((d) => d.ruleId), text).toEqual(["anki-id-lock"]);
    }
  });
});

describe("readIdLock", () => {
  it("reads no lock as an empty one, silently", async () => {
    expect(await readIdLock(join(await folder(), "none.json"))).toEqual({ lock: { cards: [] }, diagnostics: [] });
  });

  it("turns an unreadable lock into a warning", async () => {
    const dir = await folder();
    const result = await readIdLock(dir, "ids.json");
    expect(result.lock.cards).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: "ids.json", severity: "warning", ruleId: "anki-id-lock" })]);
  });

  it("reads a lock saved with a byte-order mark", async () => {
    const path = join(await folder(), "ids.json");
    await writeFile(path, `\uFEFF${writeIdLock(LOCK)}`);
    expect((await readIdLock(path)).lock.cards).toHaveLength(4);
  });
});

describe("lockPathFor", () => {
  it("puts the lock in the notes folder, or beside a single note file under its name", async () => {
    const dir = await folder();
    await mkdir(join(dir, "notes", "week2"), { recursive: true });
    await writeFile(join(dir, "notes", "a.md"), "");
    await writeFile(join(dir, "notes", "week2", "b.md"), "");
    expect(await lockPathFor(["notes"], dir)).toBe(join(dir, "notes", ".prep-print", "ids.json"));
    expect(await lockPathFor(["notes/a.md"], dir)).toBe(join(dir, "notes", ".prep-print", "a.ids.json"));
    expect(await lockPathFor(["notes/a.md", "notes/week2/b.md"], dir)).toBe(join(dir, "notes", ".prep-print", "ids.json"));
    expect(await lockPathFor([join(dir, "notes", "week2")], "/")).toBe(join(dir, "notes", "week2", ".prep-print", "ids.json"));
  });
});
