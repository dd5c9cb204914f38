/**
 * `bin/prep-print.js` starts from the bundle and its code cache that `npm run build:ts` (run by
 * `npm test` first) makes in dist/, or from dist's modules: the same command either way.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type Launch = typeof import("../src/launch.js");
const distLaunch = (): Promise<Launch> => import(join(process.cwd(), "dist/launch.js")) as Promise<Launch>;

/** Runs the command as a user does, from the bundle or (bundle: false) from the modules. */
function prepPrint(args: string[], bundle: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, PREP_PRINT_THREADS: "1", PREP_PRINT_BUNDLE: bundle ? "1" : "0" };
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/prep-print.js", ...args], { env }, (error, stdout, stderr) => {
      // Timings differ from run to run.
      resolve({ code: error ? Number(error.code) : 0, stdout: stdout.replace(/\d+\.\d+ s\b/g, "… s"), stderr });
    });
  });
}

const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describe("starting from the bundle", () => {
  it("has a code cache that V8 accepts for the bundle beside it", async () => {
    const { compileBundle } = await distLaunch();
    const bundle = join(process.cwd(), "dist/prep-print.cjs");
    const script = compileBundle(readFileSync(bundle, "utf8"), readFileSync(`${bundle}.cache`), bundle);
    expect(script.cachedDataRejected).toBe(false);
    expect(compileBundle(`${readFileSync(bundle, "utf8")} `, readFileSync(`${bundle}.cache`), bundle).cachedDataRejected).toBe(true);
  });

  it("builds the same PDFs as the modules, byte for byte", async () => {
    const out = await mkdtemp(join(tmpdir(), "prep-print-launch-"));
    try {
      const [fromBundle, fromModules] = await Promise.all([prepPrint(["build", "content", "-o", join(out, "bundle")], true), prepPrint(["build", "content", "-o", join(out, "modules")], false)]);
      expect([fromBundle.code, fromModules.code]).toEqual([0, 0]);
      expect(fromBundle.stdout.replaceAll("/bundle/", "/modules/")).toBe(fromModules.stdout);
      for (const file of ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"]) {
        expect(sha256(await readFile(join(out, "bundle", file))), file).toBe(sha256(await readFile(join(out, "modules", file))));
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("reports a user's mistakes with the same messages and exit codes", async () => {
    for (const args of [["build", "no-such-notes.md"], ["build", "--paper", "a3"], ["check", "content"], ["--version"]]) {
      const [fromBundle, fromModules] = await Promise.all([prepPrint(args, true), prepPrint(args, false)]);
      expect(fromBundle, args.join(" ")).toEqual(fromModules);
    }
    expect((await prepPrint(["build", "no-such-notes.md"], true)).code).toBe(1);
    expect((await prepPrint(["build", "--paper", "a3"], true)).code).toBe(2);
  });
});
