import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/io.js";
import { collectCards } from "../../../src/products/flashcards/cards.js";
import { summary } from "../../../src/emit/pdf/deck/index.js";
import { sampleModel } from "./sample.js";

const ALL = ["questions", "principles", "stories"] as const;

describe("collectCards", () => {
  it("makes a card per non-empty question, per principle and per story, and counts empty questions", () => {
    const deck = collectCards(sampleModel(), ALL, null);
    expect(deck.cards.map((c) => `${c.kind}:${c.id}`)).toEqual([
      "question:q1", "question:q3", "question:q4",
      "principle:customer-obsession", "principle:ownership", "principle:frugality",
      "story:night-batch",
    ]);
    expect(deck.emptyQuestions).toBe(1);
  });

  it("keeps only the chosen kinds, in the order given", () => {
    const deck = collectCards(sampleModel(), ["stories", "principles"], null);
    expect(deck.cards.map((c) => c.kind)).toEqual(["story", "principle", "principle", "principle"]);
    expect(deck.emptyQuestions).toBe(0);
  });

  it("keeps only cards about one principle, found by id, name or alias", () => {
    const ids = (p: string) => collectCards(sampleModel(), ALL, p).cards.map((c) => c.id);
    expect(ids("ownership")).toEqual(["q1", "ownership", "night-batch"]);
    expect(ids("Frugality")).toEqual(["q4", "frugality"]);
    expect(ids("고객 집착")).toEqual(["customer-obsession"]);
  });

  it("refuses an unknown principle with a suggestion", () => {
    expect(() => collectCards(sampleModel(), ALL, "ownrship")).toThrow(UsageError);
    expect(() => collectCards(sampleModel(), ALL, "ownrship")).toThrow("did you mean `ownership`?");
  });
});

describe("summary", () => {
  it("says cards, sheets, continued cards and skipped questions", () => {
    expect(summary(32, 4, 1, 3)).toBe("32 cards on 4 sheets (1 continued; 3 empty questions skipped)");
    expect(summary(1, 1, 0, 0)).toBe("1 card on 1 sheet");
    expect(summary(9, 2, 0, 1)).toBe("9 cards on 2 sheets (1 empty question skipped)");
  });
});
