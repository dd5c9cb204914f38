/**
 * `bin/prep-print.js` starts from the bundle and its code cache that `npm run build:ts` (run by
 * `npm test` first) makes in dist/, or from dist's modules: the same command either way.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/** Runs the command as a user does, from the bundle or (bundle: false) from the modules, on one thread or with the helper thread. */
function prepPrint(args: string[], bundle: boolean, threads: 1 | 2 = 1): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, PREP_PRINT_THREADS: String(threads), PREP_PRINT_BUNDLE: bundle ? "1" : "0" };
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

  it("starts the helper thread from the bundle or from the modules, and it builds what it claims", async () => {
    // A job of which the main thread claims nothing: the helper builds each product, or its outcome fails.
    const probe = `
      const dist = ${JSON.stringify(join(process.cwd(), "dist"))};
      const { Helper } = await import(dist + "/parallel.js");
      const { resolveSettings } = await import(dist + "/config.js");
      const { loadModel } = await import(dist + "/model/index.js");
      const settings = resolveSettings(process.cwd(), ["content"], {});
      const { model, sources } = await loadModel(settings.inputs, { cwd: settings.cwd });
      const helper = Helper.start();
      const running = helper.run({ settings, model, sources, products: settings.only });
      const outcomes = await Promise.all(settings.only.map((_, index) => running.theirs(index)));
      console.log(outcomes.map((o) => Buffer.from(o.output.files[0].bytes).subarray(0, 5).toString("latin1")).join(" "));
      await helper.close();`;
    // A file, not `-e`: a worker thread takes its process's options, and `--input-type` is refused there.
    const dir = await mkdtemp(join(tmpdir(), "prep-print-helper-"));
    try {
      await writeFile(join(dir, "probe.mjs"), probe);
      for (const bundle of ["1", "0"]) {
        const env = { ...process.env, PREP_PRINT_THREADS: "2", PREP_PRINT_BUNDLE: bundle };
        const { stdout } = await promisify(execFile)(process.execPath, [join(dir, "probe.mjs")], { env });
        expect(stdout.trim(), `PREP_PRINT_BUNDLE=${bundle}`).toBe("%PDF- %PDF- %PDF-");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("builds the same PDFs with the helper thread, which starts from the bundle too", async () => {
    const out = await mkdtemp(join(tmpdir(), "prep-print-launch-"));
    try {
      const runs = { one: await prepPrint(["build", "content", "-o", join(out, "one")], true, 1) };
      const helped = { bundle: await prepPrint(["build", "content", "-o", join(out, "bundle")], true, 2), modules: await prepPrint(["build", "content", "-o", join(out, "modules")], false, 2) };
      expect([runs.one.code, helped.bundle.code, helped.modules.code]).toEqual([0, 0, 0]);
      for (const [name, run] of Object.entries(helped)) expect(run.stdout.replaceAll(`/${name}/`, "/one/"), name).toBe(runs.one.stdout);
      for (const file of ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"]) {
        const one = sha256(await readFile(join(out, "one", file)));
        expect(sha256(await readFile(join(out, "bundle", file))), file).toBe(one);
        expect(sha256(await readFile(join(out, "modules", file))), file).toBe(one);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it("reports a user's mistakes with the same messages and exit codes", async () => {
    // Front matter: the bundle leaves out gray-matter's own YAML engine (scripts/bundle.mjs), which is never used.
    const dir = await mkdtemp(join(tmpdir(), "prep-print-launch-"));
    const frontMatter = { bad: join(dir, "bad.md"), js: join(dir, "js.md"), good: join(dir, "good.md") };
    await writeFile(frontMatter.bad, "---\ntitle: [unclosed\n---\n## Q: Why us?\n- A: reasons\n");
    await writeFile(frontMatter.js, "---js\n{ title: 'x' }\n---\n## Q: Why us?\n- A: reasons\n");
    await writeFile(frontMatter.good, "---\ntitle: 면접 노트\nauthor: 김\n---\n## Q: Why us?\n- A: reasons\n");
    const cases = [["build", "no-such-notes.md"], ["build", "--paper", "a3"], ["check", "content"], ["--version"], ...Object.values(frontMatter).map((file) => ["model", file])];
    try {
      for (const args of cases) {
        const [fromBundle, fromModules] = await Promise.all([prepPrint(args, true), prepPrint(args, false)]);
        expect(fromBundle, args.join(" ")).toEqual(fromModules);
      }
      expect((await prepPrint(["model", frontMatter.bad], true)).stderr).toContain("front-matter-yaml");
      expect((await prepPrint(["model", frontMatter.good], true)).stdout).toContain("면접 노트");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect((await prepPrint(["build", "no-such-notes.md"], true)).code).toBe(1);
    expect((await prepPrint(["build", "--paper", "a3"], true)).code).toBe(2);
  });
});
