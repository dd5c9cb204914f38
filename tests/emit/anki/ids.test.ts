/** Matching cards to their old ids: the tiers of likeness, principles by id, ambiguity, new ids. */
import { describe, expect, it } from "vitest";
import { assignIds, emptyIdLock, parseIdLock, writeIdLock, type AnkiCard, type AnkiKind, type IdLock } from "../../../src/emit/anki/index.js";

let line = 0;
function card(key: string, context = "", kind: AnkiKind = "question"): AnkiCard {
  line += 1;
  return { kind, key, context, front: key, back: context, tags: [], source: { file: "notes.md", line } };
}

/** Returns the GUIDs of `after`, given that `before` was built first (its lock carried over). */
function rebuild(before: AnkiCard[], after: AnkiCard[]): { old: string[]; now: string[]; warnings: string[] } {
  const first = assignIds(before, emptyIdLock(), "Deck");
  const second = assignIds(after, first.lock, "Deck");
  return {
    old: before.map((c) => first.ids.get(c) ?? ""),
    now: after.map((c) => second.ids.get(c) ?? ""),
    warnings: second.diagnostics.map((d) => `${d.line}: ${d.message}  ${d.ruleId}`),
  };
}

const ANSWER = "I rewrote the nightly job in a weekend and kept the old one behind a switch until the numbers matched.";
const OTHER = "Our team moved the office twice that year, and I organised the boxes and the new desk plan.";

describe("assignIds", () => {
  it("keeps the id through a typo fix even when the answer was rewritten too", () => {
    const r = rebuild([card("Tell me about a risk you tok at work.", ANSWER)], [card("Tell me about a risk you took at work.", OTHER)]);
    expect(r.now).toEqual(r.old);
  });

  it("keeps the id of a reworded question when the answer confirms it, not otherwise", () => {
    const before = [card("Tell me about a risk you took at work.", ANSWER)];
    const reworded = "Tell me about a big risk you took in your job.";
    const confirmed = rebuild(before, [card(reworded, `${ANSWER} It was worth it.`)]);
    expect(confirmed.now).toEqual(confirmed.old);
    const unconfirmed = rebuild(before, [card(reworded, OTHER)]);
    expect(unconfirmed.now[0]).not.toBe(unconfirmed.old[0]);
  });

  it("puts the question text first: a new question with an old answer is a new card", () => {
    const r = rebuild([card("Tell me about a risk you took at work.", ANSWER)], [card("What are you proudest of?", ANSWER)]);
    expect(r.now[0]).not.toBe(r.old[0]);
  });

  it("keeps the id through a one-letter typo even in a short question, not for another question", () => {
    const before = [card("Why Amazon?", "")];
    expect(rebuild(before, [card("Why Amazn?", "")]).now).toEqual(rebuild(before, before).old);
    const other = rebuild(before, [card("Why Google?", "")]);
    expect(other.now[0]).not.toBe(other.old[0]);
  });

  it("folds spacing and punctuation: a Korean spacing fix keeps the id", () => {
    const r = rebuild([card("가장 어려웠던프로젝트는 무엇인가요", "결제 모듈을 다시 만든 일")], [card("가장 어려웠던 프로젝트는 무엇인가요?", "결제 모듈을 새로 만든 일")]);
    expect(r.now).toEqual(r.old);
  });

  it("matches principles by id only, and never across kinds", () => {
    const before = [card("ownership", "", "principle"), card("Saved the launch", ANSWER, "story")];
    const after = [card("ownership", "", "principle"), card("Saved the launch", ANSWER, "question")];
    const r = rebuild(before, after);
    expect(r.now[0]).toBe(r.old[0]);
    expect(r.now[1]).not.toBe(r.old[1]);
  });

  it("warns when two new cards resemble one old card equally, and gives the id to the first", () => {
    const before = [card("Describe your biggest failure at work.", ANSWER)];
    const after = [card("Describe your biggest failure at home.", ANSWER), card("Describe your biggest failure at a job.", ANSWER)];
    const r = rebuild(before, after);
    expect(r.now[0]).toBe(r.old[0]);
    expect(r.now[1]).not.toBe(r.old[0]);
    expect(r.warnings).toEqual([expect.stringMatching(/^\d+: Anki card `Describe your biggest failure at home\.` and .* both resemble the earlier .*anki-id-ambiguous$/)]);
  });

  it("does not warn when one candidate is clearly closer", () => {
    const before = [card("Describe your biggest failure at work.", ANSWER)];
    const after = [card("Describe your biggest failure at school.", OTHER), card("Describe your biggest failure at works.", ANSWER)];
    const r = rebuild(before, after);
    expect(r.now[1]).toBe(r.old[0]);
    expect(r.warnings).toEqual([]);
  });

  it("gives duplicate cards distinct ids, without a warning, and keeps them on a re-run", () => {
    const twice = [card("Why this company?", "Because."), card("Why this company?", "Because.")];
    const r = rebuild(twice, [card("Why this company?", "Because."), card("Why this company?", "Because.")]);
    expect(new Set(r.old).size).toBe(2);
    expect(r.now).toEqual(r.old);
    expect(r.warnings).toEqual([]);
  });

  it("gives twins the same ids on every build, through the written lock", () => {
    const build = () => [card("Why this company?", "Because."), card("Other?", "No."), card("Why this company?", "Because."), card("Why this company?", "Because.")];
    let lock = emptyIdLock();
    const runs: string[][] = [];
    for (let run = 0; run < 3; run++) {
      const cards = build();
      const result = assignIds(cards, lock, "Deck");
      runs.push(cards.map((c) => result.ids.get(c) ?? ""));
      lock = parseIdLock(writeIdLock(result.lock), "ids.json").lock;
    }
    expect(new Set(runs[0]).size).toBe(4);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
  });

  it("never hands a deleted card's id to a new card", () => {
    const original = card("What motivates you?", OTHER);
    const first = assignIds([original], emptyIdLock(), "Deck");
    const renamed = assignIds([card("What motivates you at work these days?", OTHER)], first.lock, "Deck");
    expect(renamed.lock.cards[0]?.guid).toBe(first.ids.get(original));
    // The renamed card is deleted; a card with the original text arrives (its derived id is taken).
    const readded = card("What motivates you?", ANSWER);
    const later = assignIds([card("Unrelated question about hobbies", "Chess.")].concat(readded), renamed.lock, "Deck");
    expect(later.ids.get(readded)).not.toBe(first.ids.get(original));
  });

  it("mints Anki-style GUIDs: unique, at most 10 characters of Anki's alphabet, salted by the deck", () => {
    const cards = Array.from({ length: 500 }, (_, i) => card(`Question number ${i}?`, `Answer ${i}`));
    const { ids } = assignIds(cards, emptyIdLock(), "Deck");
    const guids = cards.map((c) => ids.get(c) ?? "");
    expect(new Set(guids).size).toBe(500);
    for (const guid of guids) expect(guid).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
    const other = assignIds(cards, emptyIdLock(), "Another deck");
    expect(cards.filter((c) => other.ids.get(c) === ids.get(c))).toEqual([]);
  });

  it("writes a lock of exactly the current cards, and ignores what it does not know", () => {
    const lock: IdLock = { cards: [{ kind: "story", key: "Gone story", guid: "abc", context: "" }] };
    const now = [card("Kept?", "yes")];
    const result = assignIds(now, lock, "Deck");
    expect(result.lock.cards.map((e) => e.key)).toEqual(["Kept?"]);
    expect(result.lock.cards[0]?.guid).toBe(result.ids.get(now[0]!));
  });
});
