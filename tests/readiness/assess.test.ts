/** Principle gaps, the page data, the summary line and the settings that switch rules off. */
import { describe, expect, it } from "vitest";
import { assessReadiness } from "../../src/readiness/assess.js";
import { DEFAULT_READINESS, READINESS_RULES, type ReadinessSettings } from "../../src/readiness/settings.js";
import { FILE, model, principle, question, repeat, story } from "./model.js";

const LONG_EN = repeat("I checked the logs and found the slow database query.", 15);
const LONG_KO = repeat("로그를 확인해서 느린 쿼리를 찾았다.", 20);
const ready = (title: string, principles: string[], situation = LONG_EN) =>
  story({ title, principles, situation, action: "I fixed it.", result: "Errors fell 40%." });

describe("readiness-principle-gap", () => {
  it("flags a principle with fewer stories than wanted, at the principle's source", () => {
    const m = model({
      principles: [principle("ownership", { name: "Ownership", source: { file: FILE, line: 30 } }), principle("frugality", { name: "Frugality" })],
      stories: [ready("One", ["ownership"]), ready("Two", ["ownership"]), ready("하나", ["frugality"], LONG_KO)],
    });
    const { diagnostics, data } = assessReadiness(m);
    expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.ruleId, d.message])).toEqual([
      [FILE, 0, "warning", "readiness-principle-gap", "Principle `Frugality` has 1 story, 2 wanted"],
    ]);
    expect(data.gaps.map((p) => p.id)).toEqual(["frugality"]);
  });

  it("places a principle the notes never mention at line 0 of the first file, and says it has no story", () => {
    const { diagnostics } = assessReadiness(model({ principles: [principle("think-big", { name: "Think Big" })] }));
    expect(diagnostics).toMatchObject([{ file: FILE, line: 0, message: "Principle `Think Big` has no story, 2 wanted" }]);
  });

  it("follows the target and the targets set by principle id (0 leaves a principle out)", () => {
    const m = model({ principles: [principle("a"), principle("b"), principle("c")], stories: [ready("One", ["a", "b", "c"])] });
    const ids = (settings: ReadinessSettings): string[] => assessReadiness(m, settings).data.gaps.map((p) => p.id);
    expect(ids(DEFAULT_READINESS)).toEqual(["a", "b", "c"]);
    expect(ids({ ...DEFAULT_READINESS, storiesPerPrinciple: 1 })).toEqual([]);
    expect(ids({ ...DEFAULT_READINESS, storiesPerPrincipleById: { a: 0, b: 1 } })).toEqual(["c"]);
  });
});

describe("page data", () => {
  const m = model({
    principles: [principle("ownership", { name: "Ownership" }), principle("dive-deep", { name: "Dive Deep" })],
    stories: [
      ready("Batch rescue", ["ownership", "dive-deep"]),
      story({ title: "Too long", principles: ["ownership"], situation: repeat(LONG_EN, 4), action: "We did it.", result: "Everyone was pleased." }),
      story({ title: "결제 장애", principles: [], situation: "결제가 실패함", task: "", action: "", result: "" }),
    ],
    questions: [
      question("q1", { answer: "Use the batch story.", stories: ["batch-rescue"] }),
      question("q2", { principles: ["dive-deep"] }),
      question("q3", { stories: ["too-long"] }),
    ],
  });
  const { data, summary } = assessReadiness(m);

  it("counts each principle's stories and its answered questions, directly or through its stories", () => {
    expect(data.principles.map((p) => [p.id, p.stories, p.storyTitles, p.questions, p.answeredQuestions, p.missing, p.gap])).toEqual([
      ["ownership", 2, ["Batch rescue", "Too long"], 2, 2, 0, false],
      ["dive-deep", 1, ["Batch rescue"], 2, 1, 1, true],
    ]);
  });

  it("gives each story its time, flags and how many principles and questions lean on it", () => {
    const [batch, long, stub] = data.stories;
    expect(batch).toMatchObject({ title: "Batch rescue", principles: 2, questions: 1, problems: 0, we: 0, i: 1 });
    expect(batch?.time).toMatch(/^1:0\d$/);
    expect(long).toMatchObject({ principles: 1, questions: 1, flags: { tooLong: true, noNumber: true, weNotI: true, tooShort: false }, problems: 3 });
    expect(long?.seconds).toBeGreaterThan(180);
    expect(stub).toMatchObject({ missing: ["task", "action", "result"], flags: { incomplete: true, tooShort: false }, problems: 1 });
  });

  it("totals the page and says whether the notes are ready", () => {
    expect(data.totals).toMatchObject({ principles: 2, principlesReady: 1, gaps: 1, stories: 3, storiesReady: 1, tooLong: 1, noNumber: 1, weNotI: 1, incomplete: 1, questions: 3, answeredQuestions: 2 });
    expect(data.totals.seconds).toBe(data.stories.reduce((sum, s) => sum + s.seconds, 0));
    expect(data.ready).toBe(false);
    expect(data.window).toBe("45 s – 3 min");
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it("sums it up in one line, leaving out what is fine", () => {
    expect(summary).toBe('readiness: 1/2 principles with 2+ stories, 1 story over 3 min, 1 result without a number, 1 action with more "we" than "I", 1 story missing a STAR part');
  });
});

describe("settings", () => {
  const m = model({
    principles: [principle("a", { name: "A" })],
    stories: [story({ title: "Everything wrong", principles: ["a", "b", "c", "d", "e"], situation: "Short.", action: "We did it.", result: "It went well." })],
  });

  it("turns each rule off on its own, in the diagnostics, the flags and the summary", () => {
    const all = assessReadiness(m).diagnostics.map((d) => d.ruleId);
    expect(new Set(all)).toEqual(new Set(READINESS_RULES));
    for (const rule of READINESS_RULES) {
      const settings = { ...DEFAULT_READINESS, rules: { ...DEFAULT_READINESS.rules, [rule]: false } };
      const report = assessReadiness(m, settings);
      expect(report.diagnostics.map((d) => d.ruleId)).toEqual(all.filter((id) => id !== rule));
    }
    const off = { ...DEFAULT_READINESS, rules: Object.fromEntries(READINESS_RULES.map((r) => [r, false])) as ReadinessSettings["rules"] };
    const quiet = assessReadiness(m, off);
    expect(quiet.diagnostics).toEqual([]);
    expect(quiet.data.stories[0]?.flags).toEqual({ tooShort: false, tooLong: false, noNumber: false, weNotI: false, overloaded: false, incomplete: false });
    expect(quiet.summary).toBe("readiness: 0/1 principles with 2+ stories");
  });

  it("reads the words and window from the settings, so another company's list fits", () => {
    const settings: ReadinessSettings = {
      ...DEFAULT_READINESS,
      minSeconds: 1,
      words: { ...DEFAULT_READINESS.words, en: { ...DEFAULT_READINESS.words.en, we: ["crew"], outcome: ["well"] } },
    };
    const rules = assessReadiness(m, settings).diagnostics.map((d) => d.ruleId);
    expect(rules).not.toContain("readiness-story-length");
    expect(rules).not.toContain("readiness-result-number");
    expect(rules).not.toContain("readiness-we-not-i");
  });

  it("says enough stories when targets differ by principle", () => {
    const settings = { ...DEFAULT_READINESS, storiesPerPrincipleById: { a: 1 } };
    expect(assessReadiness(model({ principles: [principle("a")] }), settings).summary).toBe("readiness: 0/1 principles with enough stories");
  });
});
