/** The fuzz harness's own logic: cases repeat by seed, minimising keeps what fails, failures group by form. */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus.js";
import { shape, triggers } from "./failures.js";
import { generateCase } from "./generate.js";
import { minimise } from "./minimise.js";

const corpus = loadCorpus();

describe("generateCase", () => {
  it("gives the same note for the same seed and case, and other notes for other cases", () => {
    const again = Array.from({ length: 50 }, (_, i) => generateCase(corpus, 7, i).text === generateCase(corpus, 7, i).text);
    expect(again.every(Boolean)).toBe(true);
    const texts = new Set(Array.from({ length: 50 }, (_, i) => generateCase(corpus, 7, i).text));
    expect(texts.size).toBeGreaterThan(45);
    expect(generateCase(corpus, 8, 3).text).not.toBe(generateCase(corpus, 7, 3).text);
  });

  it("starts from every kind of seed note and applies each mutation somewhere in 3,000 cases", () => {
    const cases = Array.from({ length: 3000 }, (_, i) => generateCase(corpus, 11, i));
    const bases = new Set(cases.map((c) => c.base));
    expect(bases.size).toBe(corpus.length);
    const ops = new Set(cases.flatMap((c) => c.ops));
    for (const op of ["deleteLines", "unicode", "starLine", "unclosedFence", "quote", "table", "html", "nesting", "frontMatter", "lineEnds", "token100k"]) {
      expect(ops).toContain(op);
    }
  });
});

describe("minimise", () => {
  it("keeps only the lines the failure needs, in order", async () => {
    const text = ["a", "b", "**Action:** x", "c", "d", ">", "e"].join("\n");
    const fails = async (t: string): Promise<boolean> => /\*\*Action:\*\* x\n(?:.*\n)*>/.test(t);
    expect(await minimise(text, fails, { deadline: Infinity, tries: 1000 })).toBe("**Action:** x\n>");
  });

  it("shortens a huge line while the failure still needs only its start", async () => {
    const text = `x\n${"y".repeat(100_000)}\nz`;
    const small = await minimise(text, async (t) => t.includes("yyyy"), { deadline: Infinity, tries: 1000 });
    expect(small).toMatch(/^y{4,80}$/);
  });

  it("stops when the budget of tries is spent and returns a note that still fails", async () => {
    const text = Array.from({ length: 64 }, (_, i) => `line ${i}`).join("\n");
    const small = await minimise(text, async (t) => t.includes("line 40"), { deadline: Infinity, tries: 3 });
    expect(small).toContain("line 40");
    expect(small.split("\n").length).toBeGreaterThan(1);
  });
});

describe("grouping failures", () => {
  it("gives lines that differ only in words one shape", () => {
    expect(shape("#### Background")).toBe(shape("#### 배경 설명"));
    expect(shape("S: it broke\u2028badly")).toBe("a: a<2028>a");
    expect(shape("#### Background")).not.toBe(shape("### Background"));
  });

  it("names the known triggers of slowness a note holds", () => {
    expect(triggers("**Action:** x\n>")).toBe("empty quote line");
    expect(triggers("| 결과 | 22분 |\n> >")).toBe("empty quote line");
    expect(triggers(`${"> ".repeat(12)}deep`)).toBe("deep quote");
    expect(triggers(Array.from({ length: 20 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n"))).toBe("deep list");
    expect(triggers(`A: ${"가".repeat(60_000)}`)).toBe("token ≥ 50 KB");
    expect(triggers("plain\ntext")).toBe("other");
  });
});
