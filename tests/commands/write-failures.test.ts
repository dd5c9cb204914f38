/** A disk that refuses a write: the path and the system's reason, exit 1, the previous PDFs kept. */
import { chmod, cp, mkdtemp, readFile, readdir, writeFile as writeRealFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/build.js";
import { resolveSettings } from "../../src/config.js";
import { prepPrint } from "./run.js";

/** The failure the next writes into a folder named `out` give, as the system would raise it. */
const failing: { code: string | null; reason: string } = { code: null, reason: "" };

vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  const writeFile: typeof fs.writeFile = async (path, data, options) => {
    const name = String(path);
    if (failing.code !== null && /\/(out|new)\/\.[^/]+\.tmp-/.test(name)) {
      throw Object.assign(new Error(`${failing.code}: ${failing.reason}, open '${name}'`), { code: failing.code, syscall: "open", path: name });
    }
    return fs.writeFile(path, data, options);
  };
  return { ...fs, writeFile };
});

afterEach(() => {
  failing.code = null;
});

async function builtOnce(): Promise<{ dir: string; before: Buffer }> {
  const dir = await mkdtemp(join(tmpdir(), "prep-print-write-"));
  await cp(join(process.cwd(), "content"), join(dir, "content"), { recursive: true });
  expect((await prepPrint(["build", "--only", "cheatsheet"], dir)).code).toBe(0);
  return { dir, before: await readFile(join(dir, "out", "cheatsheet.pdf")) };
}

describe("a write that fails", () => {
  it.each([
    ["ENOSPC", "no space left on device"],
    ["EACCES", "permission denied"],
  ])("(%s) is an error at the file with the system's reason, and the previous PDF stays", async (code, reason) => {
    const { dir, before } = await builtOnce();
    failing.code = code;
    failing.reason = reason;
    const ran = await prepPrint(["build", "--only", "cheatsheet"], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(`out/cheatsheet.pdf:1:1: error Cannot write: ${code}: ${reason}  write-failed`);
    expect(ran.stderr).not.toMatch(/\n\s+at |\.tmp-/);
    expect(ran.stdout).toMatch(/^0 of 1 built/m);
    expect((await readFile(join(dir, "out", "cheatsheet.pdf"))).equals(before)).toBe(true);
    expect(await readdir(join(dir, "out"))).toEqual(["cheatsheet.pdf"]);
  });

  it("tells the build which previous files were kept: none in a new folder", async () => {
    const { dir } = await builtOnce();
    failing.code = "ENOSPC";
    failing.reason = "no space left on device";
    const again = await build(resolveSettings(dir, [], { only: "cheatsheet,storybook" }), { helper: null });
    expect(again.failed).toBe(2);
    expect(again.kept).toEqual([join(dir, "out", "cheatsheet.pdf")]);
    const fresh = await build(resolveSettings(dir, [], { only: "cheatsheet", out: "new" }), { helper: null });
    expect([fresh.failed, fresh.kept]).toEqual([1, []]);
  });

  it.skipIf(process.getuid?.() === 0)("(a read-only output folder, for real) is EACCES at the folder", async () => {
    const { dir, before } = await builtOnce();
    await chmod(join(dir, "out"), 0o555);
    try {
      const ran = await prepPrint(["build", "--only", "cheatsheet"], dir);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toMatch(/^out:1:1: error Cannot write: EACCES: permission denied {2}write-failed$/m);
      expect((await readFile(join(dir, "out", "cheatsheet.pdf"))).equals(before)).toBe(true);
    } finally {
      await chmod(join(dir, "out"), 0o755);
    }
  });

  it("(-o naming a file) says the name is a file, not a folder, and leaves the file alone", async () => {
    const { dir } = await builtOnce();
    await writeRealFile(join(dir, "notes.txt"), "mine");
    const ran = await prepPrint(["build", "--only", "cheatsheet", "-o", "notes.txt"], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("notes.txt:1:1: error Cannot write: a file has this name, not a folder  write-failed");
    expect(ran.stderr).not.toMatch(/\n\s+at /);
    expect(await readFile(join(dir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("(-o inside a file) is an error at that path too", async () => {
    const { dir } = await builtOnce();
    await writeRealFile(join(dir, "notes.txt"), "mine");
    const ran = await prepPrint(["build", "--only", "cheatsheet", "-o", "notes.txt/out"], dir);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^notes\.txt:1:1: error Cannot write: a file has this name, not a folder {2}write-failed$/m);
  });

  it("(init, templates eject, calibrate into a file) is the same error, exit 1", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-write-"));
    await writeRealFile(join(dir, "taken"), "mine");
    for (const argv of [["init", "taken/notes"], ["templates", "eject", "--to", "taken"], ["calibrate", "-o", "taken"]]) {
      const ran = await prepPrint(argv, dir);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toBe("taken:1:1: error Cannot write: a file has this name, not a folder  write-failed\n");
    }
    expect(await readFile(join(dir, "taken"), "utf8")).toBe("mine");
  });
});
