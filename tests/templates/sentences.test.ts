import { describe, expect, test } from "vitest";
import { firstSentence } from "../../src/templates/text.js";
import { splitSentences } from "../../src/templates/sentences.js";

describe("firstSentence", () => {
  test.each([
    // abbreviations, initials and numbers do not end a sentence
    ["The nightly job missed its 6 a.m. deadline twice; finance was late. Then we fixed it.", "The nightly job missed its 6 a.m. deadline twice; finance was late."],
    ["Standup moved to 4 p.m. for the Seoul team. Nobody minded.", "Standup moved to 4 p.m. for the Seoul team."],
    ["Pick one metric, e.g. error rate, i.e. the one users feel. Then track it.", "Pick one metric, e.g. error rate, i.e. the one users feel."],
    ["Logs, traces, metrics etc. all went to one store. Costs fell.", "Logs, traces, metrics etc. all went to one store."],
    ["Caching vs. batching was the choice. We batched.", "Caching vs. batching was the choice."],
    ["Dr. Kim, Mr. Lee and Mrs. Park signed off. Done.", "Dr. Kim, Mr. Lee and Mrs. Park signed off."],
    ["We launched in the U.S. market first. Korea followed.", "We launched in the U.S. market first."],
    ["Ticket No. 42 was the root cause. It was old.", "Ticket No. 42 was the root cause."],
    ["It took approx. 3.5 weeks with v2.1 of the tool. Then v3.", "It took approx. 3.5 weeks with v2.1 of the tool."],
    ["J. Park reviewed it. Then it shipped.", "J. Park reviewed it."],
    // an abbreviation that ends the sentence before a capital
    ["The batch must finish by 6 a.m. Finance closes at nine.", "The batch must finish by 6 a.m."],
    ["Did it work? No. We rolled back.", "Did it work?"],
    // quotes and brackets
    ['He said "Stop. Roll back." Then we did.', 'He said "Stop. Roll back."'],
    ["Costs fell (see the Q3 review. It has the data.) and stayed down. Next.", "Costs fell (see the Q3 review. It has the data.) and stayed down."],
    ["The lead (a.k.a. the owner) decided. Then we moved.", "The lead (a.k.a. the owner) decided."],
    ["It broke :( so we fixed it. Then more.", "It broke :( so we fixed it."],
    // Korean
    ["고객에서 출발한다. 그다음에 일한다.", "고객에서 출발한다."],
    ["먼저 데이터를 봤어요. 그다음에 결정했어요.", "먼저 데이터를 봤어요."],
    ["로그를 직접 확인함. 대시보드는 요약일 뿐.", "로그를 직접 확인함."],
    ["원인을 찾았음.그래서 재시도를 껐음.", "원인을 찾았음."],
    ["배포 시간이 3.5배 줄었다. 팀도 만족했다.", "배포 시간이 3.5배 줄었다."],
    ["“그건 제 일이 아닌데요. 정말로.”라고 말하지 않기. 끝.", "“그건 제 일이 아닌데요. 정말로.”라고 말하지 않기."],
    ["2025. 3. 14. 면접을 본다. 준비는 끝.", "2025. 3. 14. 면접을 본다."],
    ["첫 문장。둘째 문장。", "첫 문장。"],
    ["정말요? 네.", "정말요?"],
    // lines
    ["1. First item. Second part.", "1. First item."],
    ["no end mark\nsecond line", "no end mark"],
    ["\n\n  Leading blank lines. Then text.", "Leading blank lines."],
    ["", ""],
  ])("%s → %s", (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe("splitSentences", () => {
  test("splits at sentence ends and line breaks, keeping every word", () => {
    const text = "Shipped at 6 a.m. on Monday. Then Dr. Lee approved v2.1!\n두 번째 줄이다. 끝.";
    const sentences = splitSentences(text);
    expect(sentences).toEqual(["Shipped at 6 a.m. on Monday.", "Then Dr. Lee approved v2.1!", "두 번째 줄이다.", "끝."]);
    expect(sentences.join(" ")).toBe(text.replace("\n", " "));
  });
});
