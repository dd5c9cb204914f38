/**
 * `bin/prep-print.js` starts from the bundle and its code cache that `npm run build:ts` (run by
 * `npm test` first) makes in dist/, or from dist's modules: the same command either way.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

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
  it("has a code cache that V8 accepts for the bundle beside it, under the flags the command runs with", async () => {
    // In a process of its own, as the command: V8 checks the cache against its flags.
    const probe = `
      import { readFileSync } from "node:fs";
      import { setFlagsFromString } from "node:v8";
      const { compileBundle, V8_FLAGS } = await import(${JSON.stringify(join(process.cwd(), "dist/launch.js"))});
      setFlagsFromString(V8_FLAGS);
      const bundle = ${JSON.stringify(join(process.cwd(), "dist/prep-print.cjs"))};
      const source = readFileSync(bundle, "utf8"), cache = readFileSync(bundle + ".cache");
      console.log(compileBundle(source, cache, bundle).cachedDataRejected, compileBundle(source + " ", cache, bundle).cachedDataRejected);`;
    const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
    expect(stdout.trim()).toBe("false true"); // accepted for its bundle, refused for any other source
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
