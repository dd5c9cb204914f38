/** The real binary's output: a closed pipe ends it quietly; a usage error is short. */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepPrint } from "./run.js";

const BIN = join(process.cwd(), "bin", "prep-print.js");

/** Runs the binary with its stdout closed before it writes (as `| head -c 0` would); returns exit code and stderr. */
function withClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("a closed pipe", () => {
  it.each([[["templates", "list"]], [["model", "--json"]]])("ends `prep-print %s` quietly with exit 0", async (args) => {
    const { code, stderr } = await withClosedStdout(args);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});

describe("standard output on a full disk", () => {
  it.skipIf(!existsSync("/dev/full")).each([[["templates", "list"]], [["model", "--json"]]])("fails `prep-print %s` with one line and exit 1", async (args) => {
    const full = openSync("/dev/full", "w");
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", full, "pipe"] });
    closeSync(full);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr.split("\n").filter((line) => line.startsWith("prep-print:"))).toEqual(["prep-print: cannot write the output: ENOSPC: no space left on device"]);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });
});

describe("option values", () => {
  it("are taken in any case: --paper Letter, --duplex SHORT-EDGE", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-options-"));
    const ran = await prepPrint(["calibrate", "--paper", "Letter", "--duplex", "SHORT-EDGE", "-o", "out"], dir);
    expect(ran.stderr).toBe("");
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^out\/calibration\.pdf {2}letter-8, short-edge, /);
    expect((await readFile(join(dir, "out", "calibration.pdf"), "latin1")).match(/\/MediaBox \[([^\]]+)\]/)?.[1]?.trim()).toBe("0 0 612 792");
  });
});

describe("a usage error", () => {
  it("is the error and where the help is, not the whole help text", async () => {
    const ran = await prepPrint(["build", "--nope"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toBe("error: unknown option '--nope'\n(run `prep-print build --help` for the options)\n");
  });

  it("in a sub-command names that sub-command's help", async () => {
    const ran = await prepPrint(["templates", "eject", "--to"]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/^error: .*'--to <dir>'.*\n\(run `prep-print templates eject --help` for the options\)\n$/);
  });
});
