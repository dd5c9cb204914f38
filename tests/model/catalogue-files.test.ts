/** A catalogue named by the notes or `--catalogue` is only ever a small regular YAML file; its problems are located. */
import { execFileSync } from "node:child_process";
import { mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/model/index.js";

async function notesNaming(catalogue: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "prep-print-catalogue-"));
  await writeFile(join(dir, "notes.md"), `---\ntitle: T\ncatalogue: ${catalogue}\n---\n\n**예상질문**\n\n1. 질문?\n`);
  return dir;
}

describe("catalogue files", () => {
  it("refuses a path that is not a .yaml file without reading it (/proc/self/environ, /dev/zero)", async () => {
    for (const path of ["/proc/self/environ", "/dev/zero"]) {
      const { model, diagnostics } = await loadModel(["notes.md"], { cwd: await notesNaming(path), catalogue: path });
      expect(model).toBeNull();
      expect(diagnostics).toMatchObject([{ file: path, ruleId: "catalogue", message: "A principle catalogue must be a `.yaml` or `.yml` file" }]);
    }
  });

  it("refuses a FIFO named .yaml at once, at the front matter line that names it", async () => {
    const dir = await notesNaming("values.yaml");
    execFileSync("mkfifo", [join(dir, "values.yaml")]);
    const { diagnostics } = await loadModel(["notes.md"], { cwd: dir });
    expect(diagnostics).toMatchObject([{ file: "notes.md", line: 3, ruleId: "catalogue" }]);
    expect(diagnostics[0]?.message).toBe("Catalogue `values.yaml`: A principle catalogue must be a regular file");
  });

  it("refuses a catalogue over 1 MB", async () => {
    const dir = await notesNaming("big.yaml");
    await writeFile(join(dir, "big.yaml"), `principles: [a]\n# ${"x".repeat(1024 * 1024)}\n`);
    const { diagnostics } = await loadModel(["notes.md"], { cwd: dir });
    expect(diagnostics[0]?.message).toContain("at most 1 MB");
  });

  it("locates a YAML error in the catalogue by line and column without quoting it", async () => {
    const dir = await notesNaming("values.yaml");
    await writeFile(join(dir, "values.yaml"), "name: Mine\nprinciples:\n  - name: Secret Sauce: x\n");
    const { diagnostics } = await loadModel(["notes.md"], { cwd: dir });
    expect(diagnostics).toMatchObject([{ file: "values.yaml", line: 3, ruleId: "catalogue" }]);
    expect(diagnostics[0]?.column).toBeGreaterThan(0);
    expect(diagnostics[0]?.message).not.toContain("Secret");
  });

  it("refuses a .yaml link into /proc or /dev, and never quotes what it read", async () => {
    for (const target of ["/proc/self/environ", "/dev/zero", "/proc/self/status"]) {
      const dir = await notesNaming("values.yaml");
      await symlink(target, join(dir, "values.yaml"));
      const started = performance.now();
      const { diagnostics } = await loadModel(["notes.md"], { cwd: dir });
      expect(performance.now() - started).toBeLessThan(2000);
      expect(diagnostics).toMatchObject([{ file: "notes.md", line: 3, ruleId: "catalogue" }]);
      expect(diagnostics[0]?.message).toBe("Catalogue `values.yaml`: A principle catalogue must be a regular file");
    }
  });

  it("says a catalogue has the wrong shape without quoting its text", async () => {
    const dir = await notesNaming("values.yaml");
    await writeFile(join(dir, "values.yaml"), "PRIVATE_KEY=abc123 and more words\n");
    const { diagnostics } = await loadModel(["notes.md"], { cwd: dir });
    expect(diagnostics).toMatchObject([{ file: "values.yaml", line: 1, ruleId: "catalogue" }]);
    expect(diagnostics[0]?.message).not.toMatch(/PRIVATE|abc123/);
    expect(diagnostics[0]?.message).toContain("got a text");
  });

  it("stops an alias bomb in a catalogue quickly", async () => {
    const dir = await notesNaming("bomb.yaml");
    const rows = ["a: &a [x,x,x,x,x,x,x,x,x]", ...["b", "c", "d", "e", "f", "g"].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${"abcdefg"[i]}`).join(",")}]`)];
    await writeFile(join(dir, "bomb.yaml"), `${rows.join("\n")}\nprinciples: [a]\n`);
    const start = performance.now();
    const { diagnostics } = await loadModel(["notes.md"], { cwd: dir });
    expect(performance.now() - start).toBeLessThan(2000);
    expect(diagnostics[0]).toMatchObject({ file: "bomb.yaml", ruleId: "catalogue" });
    expect(diagnostics[0]?.message).toContain("alias");
  });
});
