/** Summary lines count in words that agree with the number. */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { counted, totalLine } from "../../src/commands/counts.js";
import { prepPrint } from "./run.js";

describe("counted words", () => {
  it("are singular for one and plural otherwise", () => {
    expect([counted(0, "warning"), counted(1, "warning"), counted(2, "story", "stories"), counted(1, "story", "stories")]).toEqual(["0 warnings", "1 warning", "2 stories", "1 story"]);
  });

  it("say previous files were kept only when there were some", () => {
    expect(totalLine(3, 0, 0, "1.00 s")).toBe("3 of 3 built in 1.00 s");
    expect(totalLine(0, 1, 0, "1.00 s")).toBe("0 of 1 built in 1.00 s; 1 failed");
    expect(totalLine(1, 1, 1, "1.00 s")).toBe("1 of 2 built in 1.00 s; 1 failed (previous file kept)");
    expect(totalLine(0, 3, 2, "1.00 s")).toBe("0 of 3 built in 1.00 s; 3 failed (previous files kept)");
  });

  it("agree in `model` and `check` for notes of one story and one question", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-counts-"));
    const story = "## Story: Alone\n\n**Situation:** The build broke.\n**Task:** Fix it.\n**Action:** I fixed it.\n**Result:** It built 3 times faster.\n";
    await writeFile(join(dir, "n.md"), `# Notes\n\n## Q: Why?\n\nBecause.\n\n${story}`);
    const model = await prepPrint(["model", "n.md"], dir);
    expect(model.stdout).toMatch(/^Notes: 1 story, 1 question \(1 answered\), /);
    const check = await prepPrint(["check", "n.md"], dir);
    expect(check.stdout).toMatch(/^0 errors, \d+ warnings?, \d+ notes?$/m);
    const warnings = check.stderr.split("\n").filter((line) => / warning /.test(line)).length;
    expect(check.stdout).toContain(counted(warnings, "warning"));
  });
});
