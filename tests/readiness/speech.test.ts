/** Speaking-time estimates: against hand counts, and the pieces they are made of. */
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/model/index.js";
import type { Model } from "../../src/model/types.js";
import { englishNumberWords, koreanNumberSyllables, koreanSyllablesOfLatin } from "../../src/readiness/numbers.js";
import { DEFAULT_READINESS } from "../../src/readiness/settings.js";
import { speakingSeconds, spokenSize } from "../../src/readiness/speech.js";
import { toldText } from "../../src/readiness/story-checks.js";
import { EXAMPLES } from "../examples.js";

/**
 * Hand counts of the four STAR parts (not the title, not the notes), made by reading each
 * story aloud in the head before the estimator was written. English: words as a word
 * processor counts them (a hyphenated word is one), numbers and `%` as said (81% = "eighty-one
 * percent" = 2, 3:40 a.m. = "three forty a m" = 4, p95 = 2). Korean: syllables as said, numbers
 * as people say them (1시간 = 한 시간, 212건 = 이백십이 건), Latin words as a Korean speaker
 * says them (CS = 씨에스 = 3, dual write = 듀얼 라이트 = 5), an arrow as 에서 … 로.
 */
const HAND_COUNTS: { file: string; title: string; unit: "words" | "syllables"; count: number }[] = [
  { file: "content", title: "Checkout timeout budget", unit: "words", count: 100 },
  { file: `${EXAMPLES}/notes-en.md`, title: "Nightly pipeline rescue", unit: "words", count: 103 },
  { file: `${EXAMPLES}/notes-en.md`, title: "Saying no to the reporting shortcut", unit: "words", count: 66 },
  { file: `${EXAMPLES}/notes-en.md`, title: "Cutting the warehouse bill", unit: "words", count: 47 },
  { file: `${EXAMPLES}/notes-principles-en.md`, title: "Ledger store rollback", unit: "words", count: 62 },
  { file: "content", title: "중복 결제 장애", unit: "syllables", count: 148 },
  { file: "content", title: "환불 상태 알림", unit: "syllables", count: 95 },
  { file: "content", title: "캐시 서버 통합", unit: "syllables", count: 113 },
  { file: "content", title: "신입 개발자 코드 리뷰 가이드", unit: "syllables", count: 121 },
  { file: "content", title: "정산 배치 담당자 없는 실패", unit: "syllables", count: 196 },
  { file: `${EXAMPLES}/notes-ko.md`, title: "물류센터 재고 시스템 마이그레이션", unit: "syllables", count: 175 },
  { file: `${EXAMPLES}/notes-principles-ko.md`, title: "배포 실패 알림 서비스", unit: "syllables", count: 96 },
];

const models = new Map<string, Model>();
async function storyText(file: string, title: string): Promise<string> {
  if (!models.has(file)) {
    const { model } = await loadModel([file], { cwd: process.cwd() });
    if (model) models.set(file, model);
  }
  // The complete story of that title (notes-principles-ko.md names a stub the same).
  const found = models.get(file)?.stories.find((s) => s.title === title && s.missing.length === 0);
  if (!found) throw new Error(`no complete story \`${title}\` in ${file}: the hand count needs redoing`);
  return toldText(found);
}

describe("speaking time against hand counts", () => {
  for (const row of HAND_COUNTS) {
    it(`is within 15% for ${row.title} (${row.count} ${row.unit})`, async () => {
      const rate = row.unit === "words" ? DEFAULT_READINESS.wordsPerMinute : DEFAULT_READINESS.syllablesPerMinute;
      const hand = (row.count / rate) * 60;
      const estimate = speakingSeconds(await storyText(row.file, row.title), DEFAULT_READINESS);
      expect(Math.abs(estimate - hand) / hand).toBeLessThanOrEqual(0.15);
    });
  }
});

describe("spoken size", () => {
  it("counts English words, one for a hyphenated word", () => {
    expect(spokenSize("I wrote a two-day fix and shipped it.")).toEqual({ syllables: 0, words: 8 });
  });

  it("counts Korean syllables, not letters or spaces", () => {
    expect(spokenSize("원인을 찾아 고쳤다.")).toEqual({ syllables: 8, words: 0 });
  });

  it("says numbers and % in the language of the line", () => {
    expect(spokenSize("Errors fell 45%.").words).toBe(4); // errors fell forty-five percent
    expect(spokenSize("오류 45% 감소").syllables).toBe(2 + 3 + 3 + 2); // 오류 사십오 퍼센트 감소
  });

  it("reads 1,200 as one number, 2.5 with its point, and 2,3 as two numbers", () => {
    expect(spokenSize("1,200 users").words).toBe(4 + 1); // one thousand two hundred, users
    expect(spokenSize("2.5 times").words).toBe(3 + 1); // two point five, times
    expect(spokenSize("2,3 배").syllables).toBe(1 + 1 + 1); // 이, 삼, 배
  });

  it("times a mixed line by both: Korean syllables and English words", () => {
    const size = spokenSize("I fixed the 결제 timeout bug");
    expect(size).toEqual({ syllables: 2, words: 5 });
    const seconds = speakingSeconds("I fixed the 결제 timeout bug", DEFAULT_READINESS);
    expect(seconds).toBe(Math.round((2 / 280 + 5 / 140) * 60));
  });

  it("says Latin words inside a Korean line as Korean syllables", () => {
    expect(spokenSize("CS팀에 넘김").syllables).toBe(3 + 2 + 2);
  });

  it("says a line in the language of most of its words", () => {
    expect(spokenSize("I led the 결제 시스템 이전 migration")).toEqual({ syllables: 7, words: 4 });
    expect(spokenSize("결제 시스템을 Kafka로 이전")).toEqual({ syllables: 2 + 4 + 3 + 1 + 2, words: 0 }); // 결제 시스템을 카프카 로 이전
  });

  it("does not say markdown: emphasis, list numbers, links", () => {
    expect(spokenSize("1) **Fixed** the [parser](https://example.com/x)\n- Added a test")).toEqual({ syllables: 0, words: 6 });
  });

  it("halves the time at twice the rate", () => {
    const text = "I compared the feed with the parser output and wrote a fix with a test for both formats.";
    const slow = speakingSeconds(text, { wordsPerMinute: 100, syllablesPerMinute: 200 });
    const fast = speakingSeconds(text, { wordsPerMinute: 200, syllablesPerMinute: 400 });
    expect(slow).toBe(Math.round((18 / 100) * 60));
    expect(fast).toBe(Math.round((18 / 200) * 60));
  });
});

describe("numbers and letters said aloud", () => {
  it("says numbers in English words", () => {
    expect(["0", "7", "48", "212", "400", "1000", "2500000"].map(englishNumberWords)).toEqual([1, 1, 1, 3, 2, 2, 5]);
  });

  it("says numbers in Sino-Korean syllables", () => {
    // 영, 칠, 사십팔, 이백십이, 백, 십, 삼십, 이만, 천이백
    expect(["0", "7", "48", "212", "100", "10", "30", "20000", "1200"].map(koreanNumberSyllables)).toEqual([1, 1, 3, 4, 1, 1, 2, 2, 3]);
  });

  it("spells acronyms and single letters in Korean, and adds a vowel to loanwords", () => {
    expect(["CS", "API", "p", "Kafka", "write"].map(koreanSyllablesOfLatin)).toEqual([3, 5, 1, 3, 3]);
  });
});
