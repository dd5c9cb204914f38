/** `prep-print build --watch` as a user runs it: the compiled binary, real `sed -i` saves, stopped by a signal with exit 0. */
import { execFile, spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { note, pdfText, tempDir } from "./watching.js";

const bin = join(process.cwd(), "bin", "prep-print.js");

describe("prep-print build --watch (the binary)", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("builds after each `sed -i` of a watched file and exits 0 on %s", async (signal) => {
    const dir = await tempDir();
    await writeFile(join(dir, "notes.md"), note("Word0"));
    const child = spawn(process.execPath, [bin, "build", "notes.md", "--only", "cheatsheet", "--watch"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    /** Resolves once `count` builds have ended and the cheat sheet says `word`; rejects after 15 s. */
    const built = (count: number, word: string): Promise<void> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no build ${count} saying ${word}\n${stdout}\n${stderr}`)), 15_000);
        const check = async (): Promise<void> => {
          if ((stdout.match(/^1 of 1 built in /gm)?.length ?? 0) < count || !(await pdfText(join(dir, "out", "cheatsheet.pdf"))).includes(word)) return;
          clearTimeout(timer);
          child.stdout.off("data", check);
          resolve();
        };
        child.stdout.on("data", check);
        void check();
      });
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    try {
      await built(1, "Word0");
      for (let i = 1; i <= 3; i++) {
        await promisify(execFile)("sed", ["-i", `s/Word${i - 1}/Word${i}/`, "notes.md"], { cwd: dir });
        await built(i + 1, `Word${i}`);
      }
    } finally {
      child.kill(signal);
    }
    expect(await exited).toBe(0);
    expect(stderr).toBe("");
  });
});
