import { describe, expect, test } from "vitest";
import { keyResult } from "../../src/templates/text.js";
import { isLoneFigure } from "../../src/templates/figures.js";
import { plainText } from "../../src/templates/markdown-text.js";
import { loadModel } from "../../src/model/index.js";
import type { Story } from "../../src/model/types.js";
import { EXAMPLES } from "../examples.js";

// Results written for this test, in the shapes real notes take; the expected key result is what a candidate
// should read on the cheat sheet.
const RESULTS: readonly (readonly [string, string])[] = [
  // before → after
  ["Checkout success recovered from 81% to 99% within 20 minutes, and chargebacks stayed flat.", "81% → 99%"],
  ["리뷰 왕복 횟수가 평균 4회에서 2회로 줄었고, 체크리스트는 옆 팀도 씀", "4회 → 2회"],
  ["Month-end close went from 9 hours to 40 minutes, with no lost entries.", "9 hours → 40 minutes"],
  ["월 마감이 9시간에서 40분으로 단축됨", "9시간 → 40분"],
  ["p99 1.2s → 300ms after the cache change", "p99 1.2s → 300ms"],
  ["Weekly uptime 97.5% to 99.9%", "97.5% → 99.9%"],
  ["Page load 2.4s, down from 6.1s.", "6.1s → 2.4s"],
  ["Onboarding dropped from about two weeks to three days.", "two weeks → three days"],
  ["신규 입사자 온보딩 기간 2주 → 3일", "2주 → 3일"],
  ["고객 문의 전에 알아챈 비율 20% -> 85%", "20% → 85%"],
  ["재고 문의가 주 30건에서 5건 이하로 줄었음", "30건 → 5건 이하"],
  ["- p95 latency 900 ms → 120 ms\n- on-call pages down 70%", "900 ms → 120 ms"],
  // a count over a period
  ["이후 6개월간 실패 0건. 배치 시간도 2시간에서 50분으로 줄어듦.", "실패 0건 (6개월)"],
  ["6개월간 장애 0건", "장애 0건 (6개월)"],
  ["No incidents for six months after the rollout.", "No incidents for six months after the rollout"],
  // a change with a direction; money
  ["We cut cloud costs by 38% in one quarter.", "We cut cloud costs by 38% in one quarter"],
  ["월 캐시 비용 38% 절감, p95 응답 시간은 변화 없음", "월 캐시 비용 38% 절감"],
  ["배포 속도가 3배 빨라짐", "배포 속도가 3배 빨라짐"],
  ["The build got 3x faster; flaky tests dropped to a handful.", "The build got 3x faster"],
  ["Saved $240K a year in licence fees; the vendor contract was not renewed.", "Saved $240K a year in licence fees"],
  ["처리량 2배 증가, 서버 수는 그대로", "처리량 2배 증가"],
  ["월 저장 비용 -38%, 검색은 오히려 빨라짐.", "월 저장 비용 -38%"],
  ["Error rate halved.", "Error rate halved"],
  // several figures: the clause that reports the outcome, not a time of day or a before-value
  ["The batch finished by 3:40 a.m. every night of the quarter; compute cost fell 22%.", "compute cost fell 22%"],
  ["전환 중 불일치 0건, 다운타임 평균 12분. 이후 옆 팀이 체크리스트를 재사용.", "전환 중 불일치 0건"],
  ["Latency was 1.2s before; now it is 300ms", "now it is 300ms"],
  // long clauses: shortened at words, with "…" where words were left out
  ["Support tickets about refunds fell by 45% over the following quarter while the team stayed the same size.", "Support tickets about refunds fell by 45%…"],
  ["We reduced the time our support engineers spent triaging each incoming ticket by 45% over the quarter", "We reduced the time our support … by 45%…"],
  // bold wins; a bold figure alone brings its clause
  ["Latency dropped 40%, and **we retired two legacy services** early.", "we retired two legacy services"],
  ["**장애 0건**으로 블랙프라이데이 통과", "장애 0건"],
  ["Customer NPS rose **12 points** in two surveys.", "Customer NPS rose 12 points in two surveys"],
  ["연간 인프라 비용 **1억 2천만 원** 절감", "연간 인프라 비용 1억 2천만 원 절감"],
  // markdown inside: links, emphasis and labels are not quoted
  ["[Grafana](https://example.com/d/1) showed *40% fewer* timeouts", "Grafana showed 40% fewer timeouts"],
  ["Close took 40 minutes.\n**Why it fits**: I owned the fix.", "Close took 40 minutes"],
  // no figure: the first sentence when it fits, else its first clause
  ["The team adopted the new runbook.", "The team adopted the new runbook"],
  ["The director chose the fix; the report shipped two days later and has not needed a correction since.", "the report shipped two days later"],
  ["팀장님이 제 안을 채택했고 그 뒤로 같은 문제는 나오지 않았습니다.", "팀장님이 제 안을 채택했고 그 뒤로 같은 문제는 나오지 않았습니다"],
  ["넘겨받은 정산 배치의 원인을 찾고 재시도와 알림을 붙였으며 담당 문서를 새로 써서 팀 위키에 올렸음", "넘겨받은 정산 배치의 원인을 찾고"],
  ["", ""],
];

describe("keyResult", () => {
  test.each(RESULTS)("%s → %s", (result, expected) => {
    expect(keyResult(result)).toBe(expected);
  });

  test("never returns a lone number where the result says more", () => {
    for (const [result] of RESULTS) {
      const key = keyResult(result);
      if (key !== "") expect(isLoneFigure(key), `${result} → ${key}`).toBe(false);
    }
  });

  test("stays within the length asked for, counted in characters", () => {
    for (const [result] of RESULTS) expect(Array.from(keyResult(result, 40)).length, result).toBeLessThanOrEqual(40);
  });

  test("a shorter length shortens at words and marks what was left out", () => {
    expect(keyResult("We cut cloud costs by 38% in one quarter.", 26)).toBe("We cut cloud costs by 38%…");
    expect(keyResult("We cut cloud costs by 38% in one quarter.", 26)).not.toMatch(/\S…\S/u);
  });
});

describe("keyResult on the bundled content and the shared examples", async () => {
  const folders = ["content", `${EXAMPLES}/notes-en.md`, `${EXAMPLES}/notes-ko.md`, `${EXAMPLES}/notes-principles-en.md`, `${EXAMPLES}/notes-principles-ko.md`];
  const stories: Story[] = [];
  for (const path of folders) {
    const { model } = await loadModel([path], { cwd: process.cwd() });
    stories.push(...(model?.stories ?? []).filter((story) => story.result.trim() !== ""));
  }

  test("the content's results are quoted with their after-values", () => {
    const keys = stories.map((story) => keyResult(story.result));
    expect(keys).toContain("81% → 99%");
    expect(keys).toContain("4회 → 2회");
    expect(keys).toContain("실패 0건 (6개월)");
  });

  test("every key result is words of its result, never a lone number", () => {
    expect(stories.length).toBeGreaterThan(10);
    for (const story of stories) {
      const key = keyResult(story.result);
      expect(isLoneFigure(key), key).toBe(false);
      const words = plainText(story.result).replace(/->/gu, " ");
      for (const word of key.split(/[\s…→()]+/u).filter((w) => w !== "")) expect(words, key).toContain(word);
    }
  });
});
