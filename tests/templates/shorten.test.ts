import { describe, expect, it, test } from "vitest";
import { gist, shorten } from "../../src/templates/text.js";

const chars = (text: string): number => Array.from(text).length;

// Summaries written for this test, English and Korean, with the length asked for.
const TEXTS: readonly (readonly [string, number])[] = [
  ["Our nightly billing job missed its 6 a.m. deadline four times in a month; finance closed the books late each time.", 60],
  ["Our nightly billing job missed its 6 a.m. deadline four times in a month; finance closed the books late each time.", 90],
  ["금요일 저녁, 카드사 응답이 늦어지면서 일부 주문이 두 번 결제되기 시작함", 30],
  ["넘겨받은 정산 배치가 한 달에 두세 번씩 실패했는데, 만든 사람은 퇴사했고 담당 팀도 없었음.", 40],
  ["결제 경로를 로그에서 찾아 재시도를 끄고 카드사와 통화해서 상태를 확인함", 30],
  ["Cut costs (servers, storage and licences) by 38% in one quarter", 30],
  ["We moved **all forty-eight sites** to the new cluster over one weekend", 25],
  ["Profiled the slow path - rewrote the query - added an index and a cache", 40],
  ["Profiled the slow path — rewrote the query — added an index and a cache", 45],
  ["First sentence here. Second sentence follows it.", 30],
  ["Internationalisation-and-localisation work took the whole quarter", 20],
];

describe("shorten", () => {
  test.each(TEXTS)("%s (%i) keeps whole words, stays within the length and marks the cut", (text, n) => {
    const short = shorten(text, n);
    expect(short.endsWith("…")).toBe(true);
    const kept = short.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    // The cut is between words: what follows the kept part starts with a space or a clause mark.
    expect(text.slice(kept.length)).toMatch(/^[\s,;.:—]/u);
    const firstWord = text.split(/\s/u)[0] ?? "";
    expect(chars(short)).toBeLessThanOrEqual(Math.max(n, chars(firstWord) + 1));
  });

  test.each([
    ["Our nightly billing job missed its 6 a.m. deadline four times in a month; finance closed the books late each time.", 90, "Our nightly billing job missed its 6 a.m. deadline four times in a month…"],
    ["금요일 저녁, 카드사 응답이 늦어지면서 일부 주문이 두 번 결제되기 시작함", 30, "금요일 저녁, 카드사 응답이 늦어지면서…"],
    ["넘겨받은 정산 배치가 한 달에 두세 번씩 실패했는데, 만든 사람은 퇴사했고 담당 팀도 없었음.", 40, "넘겨받은 정산 배치가 한 달에 두세 번씩 실패했는데…"],
    ["결제 경로를 로그에서 찾아 재시도를 끄고 카드사와 통화해서 상태를 확인함", 30, "결제 경로를 로그에서 찾아 재시도를 끄고…"],
    ["Profiled the slow path - rewrote the query - added an index and a cache", 45, "Profiled the slow path - rewrote the query…"],
    ["First sentence here. Second sentence follows it.", 30, "First sentence here…"],
  ])("%s (%i) ends at a clause: %s", (text, n, expected) => {
    expect(shorten(text, n)).toBe(expected);
  });

  test("prefers a word boundary to a clause that would keep less than half", () => {
    expect(shorten("Short, then a much longer clause that runs on and on", 40)).toBe("Short, then a much longer clause that…");
  });

  test("never opens a bold span, a link or brackets", () => {
    expect(shorten("We moved **all forty-eight sites** to the new cluster", 25)).toBe("We moved…");
    expect(shorten("Cut costs (servers, storage and licences) by 38% in one quarter", 30)).toBe("Cut costs…");
    expect(shorten("See [the runbook for payments](#runbook) before paging anyone", 30)).toBe("See…");
  });

  test("text that fits comes back whole, and a single long word is never cut", () => {
    expect(shorten("  짧은 문장.  ", 10)).toBe("짧은 문장.");
    expect(shorten("Internationalisation", 5)).toBe("Internationalisation");
    expect(shorten("Internationalisation matters", 5)).toBe("Internationalisation…");
  });

  test("counts Hangul syllables as one character each", () => {
    expect(shorten("가나다 라마바 사아자", 8)).toBe("가나다 라마바…");
  });
});

describe("shorten on generated text", () => {
  const pieces = ["cut", "costs", "by", "38%", "(servers,", "storage)", "**bold", "words**", "—", "-", ",", ";", "다.", "줄었고", "재시도를", "Internationalisation", "a.m.", "e.g.", "\n", "[link](#a)", "두", "번"];
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  test("always returns a prefix of the text, cut between words, within the length unless one word is longer", () => {
    for (let round = 0; round < 500; round++) {
      const text = Array.from({ length: 1 + next(25) }, () => pieces[next(pieces.length)]).join(" ").trim();
      const n = 1 + next(50);
      const short = shorten(text, n);
      if (chars(text) <= n) {
        expect(short).toBe(text);
        continue;
      }
      const kept = short.endsWith("…") ? short.slice(0, -1) : short;
      expect(text.startsWith(kept), `${text} (${n}) → ${short}`).toBe(true);
      expect(kept === text || /^\s|^[,;:.—–-]/u.test(text.slice(kept.length)), `${text} (${n}) → ${short}`).toBe(true);
      const firstWord = text.split(/\s/u)[0] ?? "";
      expect(chars(short)).toBeLessThanOrEqual(Math.max(n, chars(firstWord) + 1));
    }
  });
});

describe("gist", () => {
  it("gives the first sentence of a list or paragraph as plain text, shortened without a mark", () => {
    const list = gist("- 실패한 날의 로그를 모아 보니 월말에 데이터가 몰릴 때만 메모리가 부족했음\n- 판매자 단위로 나눠 처리", 40);
    expect(list).toBe("실패한 날의 로그를 모아 보니 월말에 데이터가 몰릴 때만 메모리가");
    expect([...list].length).toBeLessThanOrEqual(40);
    expect(gist("**Traced** the slow consumer. Then split the batch.", 80)).toBe("Traced the slow consumer.");
    expect(gist("", 80)).toBe("");
    expect(gist("Split the nightly export into shards, added a retry per shard, and an alarm on lag", 40)).not.toContain("…");
  });
});
