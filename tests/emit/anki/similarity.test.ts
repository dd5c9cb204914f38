/** Likeness measures and GUIDs: the numbers the matching thresholds rely on. */
import { describe, expect, it } from "vitest";
import { base91, derivedGuid } from "../../../src/emit/anki/guid.js";
import { ANSWER_CONFIRMS } from "../../../src/emit/anki/index.js";
import { compact, fingerprint, fingerprintSimilarity, fingerprintWords, isFingerprint } from "../../../src/emit/anki/similarity.js";

const alike = (a: string, b: string) => fingerprintSimilarity(fingerprintWords(fingerprint(a)), fingerprintWords(fingerprint(b)));

const answers = [
  "The nightly data pipeline failed twice a week, so I profiled it and replaced the slow join.",
  "A customer asked for a refund after an outage; I called them back the same day with a credit.",
  "We were going to miss the launch date, so I cut two features and shipped the rest on time.",
  "결제 모듈을 처음부터 다시 만들면서 매주 고객사와 일정을 맞췄고, 출시 후 장애가 절반으로 줄었습니다.",
  "팀 회식 장소를 정하는 일을 맡아 세 군데를 비교했고, 모두가 만족한 곳으로 예약했습니다.",
];

describe("fingerprints of answers", () => {
  it("are equal for equal texts and close for lightly edited ones", () => {
    for (const text of answers) {
      expect(isFingerprint(fingerprint(text))).toBe(true);
      expect(alike(text, text)).toBe(1);
      const edited = `${text.slice(0, -1)}, and wrote it up.`;
      expect(alike(text, edited), text).toBeGreaterThan(ANSWER_CONFIRMS);
    }
  });

  it("are far apart for unrelated answers", () => {
    for (const [i, a] of answers.entries()) {
      for (const b of answers.slice(i + 1)) expect(alike(a, b), `${a} / ${b}`).toBeLessThan(ANSWER_CONFIRMS);
    }
  });

  it("say nothing for an empty answer", () => {
    expect(fingerprint(" \n ")).toBe("");
    expect(alike("", answers[0] ?? "")).toBe(0);
  });
});

describe("keys", () => {
  it("fold case, spacing, punctuation and markdown emphasis", () => {
    expect(compact("Why *Amazon*?")).toBe(compact("why amazon"));
    expect(compact("가장 어려웠던 프로젝트는?")).toBe(compact("가장어려웠던 프로젝트는"));
    expect(compact("???")).toBe("???");
  });
});

describe("GUIDs", () => {
  it("encode numbers in Anki's base 91, most significant digit first", () => {
    expect(base91(0n)).toBe("");
    expect(base91(90n)).toBe("~");
    expect(base91(91n)).toBe("ba");
    expect(base91(91n * 91n + 2n)).toBe("bac");
    expect(base91(2n ** 64n - 1n)).toHaveLength(10);
  });

  it("derive the same GUID from the same parts, a different one from other parts", () => {
    expect(derivedGuid(["deck", "question", "why"])).toBe(derivedGuid(["deck", "question", "why"]));
    expect(derivedGuid(["deck", "question", "why"])).not.toBe(derivedGuid(["deck", "story", "why"]));
    expect(derivedGuid(["a", "bc"])).not.toBe(derivedGuid(["ab", "c"]));
  });
});
