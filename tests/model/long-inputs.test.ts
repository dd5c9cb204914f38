/**
 * Notes and outputs with more than ~120,000 lines, paragraphs or items: spreading such an array into a call
 * (`push(...lines)`, `Math.min(...indents)`) threw `Maximum call stack size exceeded`.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { append, largest, smallest } from "../../src/arrays.js";
import { loadModel } from "../../src/model/index.js";

const MANY = 150_000;

async function modelOf(text: string): Promise<Awaited<ReturnType<typeof loadModel>>> {
  const dir = await mkdtemp(join(tmpdir(), "prep-print-long-"));
  await writeFile(join(dir, "n.md"), text);
  return loadModel(["n.md"], { cwd: dir });
}

const lines = (make: (i: number) => string): string => Array.from({ length: MANY }, (_, i) => make(i)).join("\n");

describe("long inputs", () => {
  it("a story of 150,000 lines is read whole", async () => {
    const { model } = await modelOf(`# Notes\n\n## Story: Long\n\n${lines((i) => `line ${i}`)}\n`);
    expect(model?.stories).toHaveLength(1);
    expect(JSON.stringify(model?.stories[0])).toContain(`line ${MANY - 1}`);
  }, 30_000);

  it("an answer holding a code block of 150,000 lines is read whole", async () => {
    const { model } = await modelOf(`# Notes\n\n## Q: What?\n\n\`\`\`\n${lines((i) => `  code ${i}`)}\n\`\`\`\n`);
    expect(model?.questions).toHaveLength(1);
    expect(model?.questions[0]?.answer).toContain(`code ${MANY - 1}`);
  }, 30_000);

  it("are appended, and their least and greatest found, past any argument limit", () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(append([-1], values)).toHaveLength(500_001);
    expect(smallest(values)).toBe(0);
    expect(largest(values)).toBe(499_999);
    expect([smallest([]), largest([])]).toEqual([Infinity, -Infinity]);
  });
});
