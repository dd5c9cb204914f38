/** One build at a time writes into an output folder; what dead builds left behind is taken over or removed. */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, readdir, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, lockFolder } from "../../src/output-lock.js";
import { WriteError } from "../../src/write.js";
import { NOTES_EN } from "../examples.js";

const BIN = join(process.cwd(), "bin", "prep-print.js");
const PDFS = ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"];

/** Returns the id of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ["-e", ""]).pid;
  if (pid === undefined) throw new Error("no process started");
  return pid;
}

function cli(args: string[], cwd: string): { done: Promise<number | null>; running: () => boolean } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: "ignore" });
  let exited = false;
  const done = new Promise<number | null>((resolve) => child.on("close", (code) => ((exited = true), resolve(code))));
  return { done, running: () => !exited };
}

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), "prep-print-lock-"));
}

async function digests(dir: string): Promise<string[]> {
  return Promise.all(PDFS.map(async (name) => createHash("sha256").update(await readFile(join(dir, name))).digest("hex")));
}

describe("the output folder's lock", () => {
  it("makes a second writer wait, told who holds it, until the first gives it up", async () => {
    const dir = await folder();
    const first = await lockFolder(dir);
    await expect(lockFolder(dir, { waitMs: 200 })).rejects.toThrow(new RegExp(`build ${process.pid} is writing into this folder \\(${LOCK_FILE}\\)`));
    const told: number[] = [];
    const second = lockFolder(dir, { onWait: (holder) => told.push(holder.pid) });
    setTimeout(() => void first.release(), 300);
    await (await second).release();
    expect(told).toEqual([process.pid]);
    expect(await readdir(dir)).toEqual([]);
  });

  it("is taken over from a process that is gone", async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_FILE), `${deadPid()} ${hostname()} 0123abcd\n`);
    const lock = await lockFolder(dir, { waitMs: 0 });
    expect(await readFile(join(dir, LOCK_FILE), "utf8")).toMatch(new RegExp(`^${process.pid} `));
    await lock.release();
  });

  it("is taken over when it is older than any build's writing (a reused process id, another machine)", async () => {
    const dir = await folder();
    await writeFile(join(dir, LOCK_FILE), `${process.ppid} elsewhere 0123abcd\n`);
    const old = new Date(Date.now() - 3600_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    await (await lockFolder(dir, { waitMs: 0 })).release();
    expect(await readdir(dir)).toEqual([]);
  });

  it("clears temporary files of dead builds and keeps those of live ones", async () => {
    const dir = await folder();
    const dead = `.cheatsheet.pdf.tmp-${deadPid()}-1765000000000-1`;
    const live = `.storybook.pdf.tmp-${process.ppid}-1765000000000-1`;
    await writeFile(join(dir, dead), "half a PDF");
    await writeFile(join(dir, live), "half a PDF");
    await (await lockFolder(dir)).release();
    expect(await readdir(dir)).toEqual([live]);
  });

  it("is a located error, not a stack, when the folder cannot be made", async () => {
    const dir = await folder();
    await writeFile(join(dir, "file"), "");
    await expect(lockFolder(join(dir, "file"))).rejects.toBeInstanceOf(WriteError);
  });
});

describe("builds into one output folder", () => {
  it("wait while another holds the lock, and write nothing meanwhile", async () => {
    const dir = await folder();
    await cp(join(process.cwd(), "content"), join(dir, "content"), { recursive: true });
    const started = Date.now();
    expect(await cli(["build", "--only", "cheatsheet", "-o", "alone"], dir).done).toBe(0);
    const alone = Date.now() - started;
    await mkdir(join(dir, "out"));
    const lock = await lockFolder(join(dir, "out"));
    const build = cli(["build", "--only", "cheatsheet"], dir);
    // Twice as long as the same build took alone: it has reached its writing by then.
    await new Promise((resolve) => setTimeout(resolve, 2 * alone + 500));
    const during = await readdir(join(dir, "out"));
    const waited = build.running();
    await lock.release();
    expect(await build.done).toBe(0);
    expect(waited).toBe(true);
    expect(during).toEqual([LOCK_FILE]);
    expect(await readdir(join(dir, "out"))).toEqual(["cheatsheet.pdf"]);
  }, 30_000);

  it("run at once leave the whole set of one of them, never a mix", async () => {
    const dir = await folder();
    await cp(join(process.cwd(), "content"), join(dir, "content"), { recursive: true });
    await cp(NOTES_EN, join(dir, "en.md"));
    const [a, b] = await Promise.all([cli(["build", "content", "-o", "a"], dir).done, cli(["build", "en.md", "-o", "b"], dir).done]);
    expect([a, b]).toEqual([0, 0]);
    const sets = [await digests(join(dir, "a")), await digests(join(dir, "b"))];
    const [c, d] = await Promise.all([cli(["build", "content", "-o", "both"], dir).done, cli(["build", "en.md", "-o", "both"], dir).done]);
    expect([c, d]).toEqual([0, 0]);
    expect(sets).toContainEqual(await digests(join(dir, "both")));
    expect((await readdir(join(dir, "both"))).sort()).toEqual(PDFS);
  }, 60_000);
});
