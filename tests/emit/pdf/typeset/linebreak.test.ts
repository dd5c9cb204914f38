import { describe, expect, it } from "vitest";
import { LineBreaker, breakLines, type Line } from "../../../../src/emit/pdf/typeset/linebreak.js";
import { segmentRuns, sliceRuns } from "../../../../src/emit/pdf/typeset/words.js";

// Every character is one unit wide: widths are character counts.
const measure = (text: string) => [...text].length;
const text = (line: Line) => line.items.map((i) => (i.gapBefore ? " " : "") + i.text).join("");
const lay = (source: string, width: number) => breakLines(segmentRuns([{ text: source }]), width, measure).map(text);

describe("breakLines", () => {
  it("breaks Korean only between words (keep-all)", () => {
    const source = "고객 경험을 끝까지 책임지는 문화가 좋아서 지원했습니다";
    const lines = lay(source, 9);
    expect(lines.join(" ")).toBe(source);
    for (const line of lines) for (const word of line.split(" ")) expect(source.split(" ")).toContain(word);
    expect(Math.max(...lines.map(measure))).toBeLessThanOrEqual(9);
  });

  it("splits a word wider than the line between characters and loses nothing", () => {
    const lines = lay("가 데이터마이그레이션프로젝트 끝", 5);
    expect(lines.join("").replace(/ /g, "")).toBe("가데이터마이그레이션프로젝트끝");
    expect(lines.every((l) => measure(l) <= 5)).toBe(true);
    expect(lines[0]).toBe("가");
  });

  it("never starts a line with closing punctuation", () => {
    const lines = lay("일정 관리(리드 이직) 이후에도 계속했다.", 6);
    for (const line of lines) expect(/^[.,)\]!?:;]/.test(line)).toBe(false);
    expect(lay("가나다라마바.", 6)).toEqual(["가나다라마", "바."]);
  });

  it("may break after a hyphen or a slash, not inside an arrow", () => {
    expect(lay("on-call duty", 4)).toEqual(["on-", "call", "duty"]);
    expect(lay("API/SDK", 5)).toEqual(["API/", "SDK"]);
    expect(lay("a -> b", 4)).toEqual(["a ->", "b"]);
  });

  it("keeps hard breaks and marks last lines", () => {
    const lines = breakLines(segmentRuns([{ text: "one two" }, { text: "\n" }, { text: "three" }]), 20, measure);
    expect(lines.map(text)).toEqual(["one two", "three"]);
    expect(lines.map((l) => l.last)).toEqual([true, true]);
  });

  it("gives the offset to continue a paragraph from", () => {
    const runs = [{ text: "alpha " }, { text: "beta gamma", bold: true }];
    const lines = breakLines(segmentRuns(runs), 6, measure);
    expect(sliceRuns(runs, lines[1]?.offset ?? 0)).toEqual([{ text: "beta gamma", bold: true }]);
  });

  it("breaks a long paragraph only as far as asked, into the same lines as breaking it whole", () => {
    const source = `${"재고 수량이 맞지 않아 밤마다 비교했다,\n long-running-batch/jobs ".repeat(40)}끝`;
    const segments = segmentRuns([{ text: source }]);
    const whole = breakLines(segments, 12, measure);
    let calls = 0;
    const counted = (t: string) => (calls++, measure(t));
    const breaker = new LineBreaker(segments, 12, counted);
    const first = breaker.upTo(3);
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(breaker.done).toBe(false);
    expect(calls).toBeLessThan(segments.length);
    expect(first.slice(0, 3)).toEqual(whole.slice(0, 3));
    expect(breaker.all()).toEqual(whole);
    expect(breaker.done).toBe(true);
  });
});
