/** `prep-print model`, `check`, `init` and usage errors, run in-process. */
import { mkdtemp, readFile, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepPrint } from "./run.js";

const KO = "../shared/examples/notes-ko.md";

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "prep-print-cli-"));
}

describe("prep-print model", () => {
  it("prints the model as JSON with the template contract's top-level keys", async () => {
    const { code, stdout } = await prepPrint(["model", KO, "--json"]);
    expect(code).toBe(0);
    const model = JSON.parse(stdout) as Record<string, unknown[]>;
    expect(Object.keys(model)).toEqual(["document", "principles", "questions", "stories"]);
    expect(model.principles).toHaveLength(16);
    expect(model.questions).toHaveLength(10);
  });

  it("prints a one-line summary without --json", async () => {
    const { code, stdout } = await prepPrint(["model", KO]);
    expect(code).toBe(0);
    expect(stdout).toBe("Amazon SDE - 면접 준비 노트: 4 stories, 10 questions (6 answered), 2/16 principles with a story\n");
  });
});

describe("prep-print check", () => {
  it("prints located diagnostics and exits 0 with only warnings", async () => {
    const { code, stderr, stdout } = await prepPrint(["check", KO]);
    expect(code).toBe(0);
    expect(stderr).toContain("../shared/examples/notes-ko.md:44:1: warning Missing `task`, `action`, `result` in STAR story `결제 장애 대응`  star-missing-part\n");
    expect(stderr).toMatch(/notes-ko\.md:127:1: warning Principle `Think Big` has no story, 2 wanted {2}readiness-principle-gap/);
    expect(stderr).not.toContain("principle-no-story");
    expect(stderr).toMatch(/notes-ko\.md:57:1: info Question 5 is empty {2}empty-question/);
    expect(stdout).toMatch(/^0 errors, \d+ warnings, 4 notes\nreadiness: 0\/16 principles with 2\+ stories, /);
  });

  it("fails on warnings with --strict", async () => {
    expect((await prepPrint(["check", KO, "--strict"])).code).toBe(1);
  });

  it("lists unplaced lines with --unplaced (none for the example)", async () => {
    const { stderr } = await prepPrint(["check", KO, "--unplaced"]);
    expect(stderr).not.toContain("unplaced-line");
  });

  it("suggests the nearest principle for an unknown tag", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "n.md"), "## Story: Late deploy\nPrinciples: Ownrship, Thinking Huge\n\nS: a\nT: b\nA: c\nR: d\n");
    const { code, stderr } = await prepPrint(["check", "n.md"], dir);
    expect(code).toBe(0);
    expect(stderr).toContain("n.md:2:1: warning Unknown principle `Thinking Huge`, did you mean `Think Big`?  unknown-principle");
    expect(stderr).not.toContain("Ownrship");
  });

  it("exits 1 for a missing path and for refused front matter", async () => {
    const missing = await prepPrint(["check", "no/such/notes"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("no/such/notes:1:1: error No such file or folder  input-missing\n");
    expect((await prepPrint(["check", "tests/fixtures/errors/js-front-matter"])).code).toBe(1);
  });
});

describe("usage", () => {
  it("exits 2 for an unknown command or option", async () => {
    expect((await prepPrint(["frobnicate"])).code).toBe(2);
    const bad = await prepPrint(["build", "--paper", "a3"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("a3");
  });

  it("exits 0 for --help on each command", async () => {
    for (const command of ["build", "check", "model", "init", "templates"]) {
      const { code, stdout } = await prepPrint([command, "--help"]);
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: prep-print ${command}`);
    }
  });

  it("exits 2 for a malformed config file", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "prep-print.config.json"), "{ not json");
    const { code, stderr } = await prepPrint(["model"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain("prep-print.config.json:1:3: error Not valid JSON");
    await writeFile(join(dir, "prep-print.config.json"), JSON.stringify({ out: "print", papr: "letter" }, null, 2));
    const unknown = await prepPrint(["model"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("prep-print.config.json:3:3: error `papr` is not a known key");
    expect(unknown.stderr).toContain("did you mean `paper`?  config");
  });
});

describe("prep-print init", () => {
  it("scaffolds notes that read back into a model, and never overwrites", async () => {
    const dir = await tempDir();
    const first = await prepPrint(["init", "notes", "--lang", "ko"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("created  notes/notes.md");
    await writeFile(join(dir, "notes", "notes.md"), "mine");
    const second = await prepPrint(["init", "notes", "--lang", "ko"], dir);
    expect(second.stdout).toContain("kept     notes/notes.md (exists)");
    expect(await readFile(join(dir, "notes", "notes.md"), "utf8")).toBe("mine");
  });

  it("gives a model with questions, a story and principle hooks", async () => {
    for (const lang of ["ko", "en"]) {
      const dir = await tempDir();
      await mkdir(join(dir, "x"));
      await prepPrint(["init", "notes", "--lang", lang], dir);
      const { stdout } = await prepPrint(["model", "notes", "--json"], dir);
      const model = JSON.parse(stdout) as { questions: unknown[]; stories: { title: string; principles: string[]; missing: string[] }[] };
      expect(model.questions).toHaveLength(2);
      expect(model.stories).toHaveLength(2);
      expect(model.stories.every((s) => s.principles.length >= 1 && s.missing.length === 0)).toBe(true);
    }
  });
});

describe("readiness in check", () => {
  it("fails --strict on notes with a principle gap and passes notes without one", async () => {
    const gap = await prepPrint(["check", "tests/fixtures/readiness/gap", "--strict"]);
    expect(gap.code).toBe(1);
    expect(gap.stderr).toContain("readiness-principle-gap");
    expect(gap.stdout).toMatch(/^readiness: \d+\/3 principles with 2\+ stories/m);
    const ready = await prepPrint(["check", "tests/fixtures/readiness/ready", "--strict"]);
    expect(ready.stderr).toBe("");
    expect(ready.code).toBe(0);
    expect(ready.stdout).toContain("readiness: 3/3 principles with 2+ stories");
  });

  it("turns a rule off from the config file", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "notes"));
    await writeFile(join(dir, "notes", "n.md"), await readFile("tests/fixtures/readiness/gap/notes.md", "utf8"));
    await writeFile(join(dir, "notes", "values.yaml"), await readFile("tests/fixtures/readiness/gap/values.yaml", "utf8"));
    await writeFile(join(dir, "prep-print.config.json"), JSON.stringify({ readiness: { rules: { "readiness-principle-gap": false } } }));
    const { stderr } = await prepPrint(["check", "notes"], dir);
    expect(stderr).not.toContain("readiness-principle-gap");
  });
});
