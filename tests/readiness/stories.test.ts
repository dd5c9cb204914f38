/** The story rules, each with cases that fire and cases that must not, in English and Korean. */
import { describe, expect, it } from "vitest";
import { assessReadiness } from "../../src/readiness/assess.js";
import { DEFAULT_READINESS } from "../../src/readiness/settings.js";
import type { Story } from "../../src/model/types.js";
import { model, repeat, story } from "./model.js";

/** Returns the rule ids the readiness checks raise on one story, with their lines. */
function rulesOn(s: Story): string[] {
  return assessReadiness(model({ stories: [s] })).diagnostics.map((d) => `${d.line} ${d.ruleId}`);
}

const EN_SENTENCE = "I checked the logs and found the slow database query."; // 10 words, about 4.3 s
const KO_SENTENCE = "로그를 확인해서 느린 쿼리를 찾았다."; // 15 syllables, about 3.2 s
const EN_RESULT = "Latency fell 40%.";
const KO_RESULT = "응답 시간 40% 감소.";

describe("readiness-story-length", () => {
  const en = (sentences: number, fields: Partial<Story> = {}): Story =>
    story({ title: "Slow query", situation: repeat(EN_SENTENCE, sentences), task: "Fix it.", action: "I fixed it.", result: EN_RESULT, ...fields });
  const ko = (sentences: number, fields: Partial<Story> = {}): Story =>
    story({ title: "느린 쿼리", situation: repeat(KO_SENTENCE, sentences), task: "고치기.", action: "제가 고쳤다.", result: KO_RESULT, ...fields });

  it("flags an English story too short or too long to tell, at its line", () => {
    expect(rulesOn(en(2))).toEqual(["10 readiness-story-length"]);
    expect(rulesOn(en(45))).toEqual(["10 readiness-story-length"]);
    expect(assessReadiness(model({ stories: [en(2)] })).diagnostics[0]?.message).toMatch(/^Story `Slow query` takes about \d+ s to tell; aim for 45 s – 3 min/);
  });

  it("passes an English story of one to two minutes", () => {
    expect(rulesOn(en(15))).toEqual([]);
  });

  it("flags a Korean story too short or too long to tell", () => {
    expect(rulesOn(ko(3))).toEqual(["10 readiness-story-length"]);
    expect(rulesOn(ko(60))).toEqual(["10 readiness-story-length"]);
    expect(assessReadiness(model({ stories: [ko(60)] })).diagnostics[0]?.message).toContain("takes about 3 min");
  });

  it("passes a Korean story of one to two minutes", () => {
    expect(rulesOn(ko(20))).toEqual([]);
  });

  it("leaves a short incomplete story to star-missing-part, but still flags a long one", () => {
    expect(rulesOn(en(2, { task: "" }))).toEqual([]);
    expect(rulesOn(ko(3, { action: "" }))).toEqual([]);
    expect(rulesOn(ko(60, { action: "" }))).toEqual(["10 readiness-story-length"]);
  });

  it("times only the four STAR parts: a long title and long notes do not count", () => {
    const long = repeat(EN_SENTENCE, 50);
    expect(rulesOn(en(15, { title: long, notes: [{ text: long, source: { file: "notes.md", line: 12 } }] }))).toEqual([]);
  });
});

describe("readiness-result-number", () => {
  const en = (result: string): Story => story({ title: "Report", situation: repeat(EN_SENTENCE, 15), task: "t", action: "I did it.", result });
  const ko = (result: string): Story => story({ title: "리포트", situation: repeat(KO_SENTENCE, 20), task: "t", action: "제가 했다.", result });
  const flagged = (s: Story): boolean => rulesOn(s).includes("10 readiness-result-number");

  it("flags an English result with no number or measurable outcome", () => {
    expect(flagged(en("The team was happy with the new report."))).toBe(true);
    expect(flagged(en("Shipped the p95 dashboard in Q3 and moved logs to S3."))).toBe(true);
    expect(flagged(en("1) Customers liked it\n2) Managers liked it"))).toBe(true);
    expect(flagged(en("The report was double-checked by finance."))).toBe(true);
  });

  it("passes an English result with a figure, a multiple or an outcome word", () => {
    expect(flagged(en("Latency fell 40%."))).toBe(false);
    expect(flagged(en("Build time went from 12 to 4 minutes."))).toBe(false);
    expect(flagged(en("Throughput grew 3x."))).toBe(false);
    expect(flagged(en("Support tickets halved within a week."))).toBe(false);
    expect(flagged(en("Tickets dropped from two a day to zero."))).toBe(false);
  });

  it("flags a Korean result with no number or measurable outcome", () => {
    expect(flagged(ko("고객 만족도가 올라감"))).toBe(true);
    expect(flagged(ko("S3 비용 정리를 마침"))).toBe(true);
    expect(flagged(ko("더 이상 문제로 남지 않음"))).toBe(true); // 문제로 is not 제로
    expect(flagged(ko("한 분석 결과가 좋았음"))).toBe(true); // 분석 is not the counter 분
  });

  it("passes a Korean result with a figure, a counter or an outcome word", () => {
    expect(flagged(ko("문의 35% 감소"))).toBe(false);
    expect(flagged(ko("불일치 0건"))).toBe(false);
    expect(flagged(ko("장애가 절반으로 줄었다"))).toBe(false);
    expect(flagged(ko("재작업이 한 건도 없었다"))).toBe(false);
    expect(flagged(ko("배포가 두 배로 빨라짐"))).toBe(false);
    expect(flagged(ko("세 명이 같은 체크리스트를 씀"))).toBe(false);
  });

  it("leaves an empty result to star-missing-part", () => {
    expect(flagged(en(""))).toBe(false);
    expect(flagged(ko(""))).toBe(false);
  });
});

describe("readiness-we-not-i", () => {
  const en = (action: string, task = "t"): Story => story({ title: "Migration", situation: repeat(EN_SENTENCE, 15), task, action, result: EN_RESULT });
  const ko = (action: string, task = "t"): Story => story({ title: "이전", situation: repeat(KO_SENTENCE, 20), task, action, result: KO_RESULT });
  const flagged = (s: Story): boolean => rulesOn(s).includes("10 readiness-we-not-i");

  it("flags an English action that says we more than I, with the counts", () => {
    const s = en("We rewrote the job and we moved our tables; I wrote the plan.");
    expect(flagged(s)).toBe(true);
    const message = assessReadiness(model({ stories: [s] })).diagnostics[0]?.message;
    expect(message).toBe('Action of `Migration` says "we" 3 times and "I" once: say what you did');
  });

  it("passes an English action with as many I as we, or none of either", () => {
    expect(flagged(en("I rewrote the job while we waited."))).toBe(false);
    expect(flagged(en("Moved the US region first, then the rest."))).toBe(false); // US is not us
    expect(flagged(en("Rewrote the job, i.e. the nightly one.", "We all agreed we had to act."))).toBe(false); // the task does not count
  });

  it("counts we and I only as words of their own: not inside words, hyphenated or after a letter outside the BMP", () => {
    expect(flagged(en("Weighed the options; the web team owes us nothing."))).toBe(true); // us, once
    expect(flagged(en("Weighed the options; the web team owes nothing, we-ish."))).toBe(false);
    expect(flagged(en("Weighed the options with 𝐀we and our-team."))).toBe(false);
    expect(flagged(en("(We) rewrote it: \"we\" shipped. I watched."))).toBe(true);
  });

  it("flags a Korean action that says 우리 more than 제가", () => {
    expect(flagged(ko("우리 팀이 원인을 찾고 우리가 고쳤다"))).toBe(true);
    expect(flagged(ko("제품을 고쳤고 저희팀이 배포했다"))).toBe(true); // 제품 is not 제
  });

  it("passes a Korean action that says 제가 as often, or drops the subject", () => {
    expect(flagged(ko("제가 원인을 찾았고 우리 팀과 함께 고쳤다"))).toBe(false);
    expect(flagged(ko("로그를 보고 원인을 찾아 고침", "우리 팀 일이었다"))).toBe(false);
  });
});

describe("readiness-story-overloaded", () => {
  const tagged = (title: string, n: number): Story =>
    story({ title, principles: ["a", "b", "c", "d", "e"].slice(0, n), situation: repeat(EN_SENTENCE, 15), action: "I did it.", result: EN_RESULT });

  it("flags a story tagged with more than 4 principles", () => {
    expect(rulesOn(tagged("Everything at once", 5))).toEqual(["10 readiness-story-overloaded"]);
    expect(rulesOn(tagged("한 번에 전부", 5))).toEqual(["10 readiness-story-overloaded"]);
  });

  it("passes a story with 4 principles or fewer", () => {
    expect(rulesOn(tagged("Four", 4))).toEqual([]);
    expect(rulesOn(tagged("넷", 4))).toEqual([]);
  });

  it("follows the setting", () => {
    const settings = { ...DEFAULT_READINESS, maxPrinciplesPerStory: 2 };
    expect(assessReadiness(model({ stories: [tagged("Three", 3)] }), settings).diagnostics.map((d) => d.ruleId)).toEqual(["readiness-story-overloaded"]);
  });
});
