/** Readiness on real notes: the bundled content, the four shared examples and the two fixtures. */
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/model/index.js";
import type { Model } from "../../src/model/types.js";
import { assessReadiness } from "../../src/readiness/assess.js";
import { DEFAULT_READINESS } from "../../src/readiness/settings.js";
import { EXAMPLES } from "../examples.js";

async function load(path: string): Promise<{ model: Model; warnings: string[] }> {
  const { model, diagnostics } = await loadModel([path], { cwd: process.cwd() });
  if (!model) throw new Error(`no model for ${path}`);
  return { model, warnings: diagnostics.filter((d) => d.severity !== "info").map((d) => d.ruleId) };
}

const NOTES = ["content", ...["notes-en.md", "notes-ko.md", "notes-principles-en.md", "notes-principles-ko.md"].map((f) => `${EXAMPLES}/${f}`)];

describe("gaps on the bundled content and the shared examples", () => {
  for (const path of NOTES) {
    it(`lists exactly the principles with fewer than 2 stories in the model of ${path.replace(`${EXAMPLES}/`, "")}`, async () => {
      const { model } = await load(path);
      const short = model.principles.filter((p) => new Set(p.stories).size < 2);
      const { data, diagnostics } = assessReadiness(model);
      expect(data.gaps.map((p) => p.id)).toEqual(short.map((p) => p.id));
      const gaps = diagnostics.filter((d) => d.ruleId === "readiness-principle-gap");
      expect(gaps.map((d) => [d.file, d.line])).toEqual(short.map((p) => [p.source?.file ?? model.document.files[0], p.source?.line ?? 0]));
      expect(data.totals.principlesReady).toBe(model.principles.length - short.length);
    });
  }

  it("finds every one of the 16 principles short of two stories in each shared example (counted by hand)", async () => {
    for (const path of NOTES.slice(1)) {
      const { data } = assessReadiness((await load(path)).model);
      expect(data.gaps).toHaveLength(16);
    }
  });

  it("counts gaps against the target that is set", async () => {
    const { model } = await load("content");
    for (const target of [1, 3]) {
      const { data } = assessReadiness(model, { ...DEFAULT_READINESS, storiesPerPrinciple: target });
      expect(data.gaps.map((p) => p.id)).toEqual(model.principles.filter((p) => p.stories.length < target).map((p) => p.id));
    }
  });
});

describe("fixtures for check --strict", () => {
  it("ready/: no warning at all, from the model or from readiness", async () => {
    const { model, warnings } = await load("tests/fixtures/readiness/ready");
    expect(warnings).toEqual([]);
    const { data, diagnostics, summary } = assessReadiness(model);
    expect(diagnostics).toEqual([]);
    expect(data.ready).toBe(true);
    expect(data.stories.map((s) => s.seconds >= 45 && s.seconds <= 180)).toEqual([true, true, true]);
    expect(summary).toBe("readiness: 3/3 principles with 2+ stories");
  });

  it("gap/: the only warnings are its two gaps", async () => {
    const { model, warnings } = await load("tests/fixtures/readiness/gap");
    expect(warnings).toEqual([]);
    const { diagnostics, summary } = assessReadiness(model);
    expect(diagnostics.map((d) => [d.severity, d.ruleId, d.message])).toEqual([
      ["warning", "readiness-principle-gap", "Principle `Finish What You Start` has 1 story, 2 wanted"],
      ["warning", "readiness-principle-gap", "Principle `Measure Twice` has no story, 2 wanted"],
    ]);
    expect(summary).toBe("readiness: 1/3 principles with 2+ stories");
  });
});
