import { describe, expect, it } from "vitest";
import { UsageError } from "../../../src/io.js";
import { collectCards } from "../../../src/products/flashcards/cards.js";
import { summary } from "../../../src/emit/pdf/deck/index.js";
import { sampleModel } from "./sample.js";

const ALL = ["questions", "principles", "stories"] as const;

describe("collectCards", () => {
  it("makes a card per non-empty question, per principle the notes speak to and per story, and counts what it skips", () => {
    const deck = collectCards(sampleModel(), ALL, []);
    expect(deck.cards.map((c) => `${c.kind}:${c.id}`)).toEqual([
      "question:q1", "question:q3", "question:q4",
      "principle:customer-obsession", "principle:ownership",
      "story:night-batch",
    ]);
    expect(deck.emptyQuestions).toBe(1);
    expect(deck.emptyPrinciples).toBe(1);
  });

  it("keeps only the chosen kinds, in the order given", () => {
    const deck = collectCards(sampleModel(), ["stories", "principles"], []);
    expect(deck.cards.map((c) => c.kind)).toEqual(["story", "principle", "principle"]);
    expect(deck.emptyQuestions).toBe(0);
  });

  it("keeps only cards about one principle, found by id, name or alias", () => {
    const ids = (p: string) => collectCards(sampleModel(), ALL, [p]).cards.map((c) => c.id);
    expect(ids("ownership")).toEqual(["q1", "ownership", "night-batch"]);
    expect(ids("Frugality")).toEqual(["q4"]);
    expect(ids("고객 집착")).toEqual(["customer-obsession"]);
  });

  it("refuses an unknown principle with a suggestion", () => {
    expect(() => collectCards(sampleModel(), ALL, ["ownrship"])).toThrow(UsageError);
    expect(() => collectCards(sampleModel(), ALL, ["ownrship"])).toThrow("did you mean `ownership`?");
  });
});

describe("summary", () => {
  it("says cards, sheets, the deck's type sizes, continued cards and what was skipped", () => {
    const sizes = { front: 15, back: 8.66 };
    expect(summary(32, 4, sizes, { continued: 1, emptyQuestions: 3, emptyPrinciples: 0 })).toBe("32 cards on 4 sheets, 15/8.7 pt (1 continued; 3 empty questions skipped)");
    expect(summary(1, 1, sizes, { continued: 0, emptyQuestions: 0, emptyPrinciples: 0 })).toBe("1 card on 1 sheet, 15/8.7 pt");
    expect(summary(9, 2, sizes, { continued: 0, emptyQuestions: 1, emptyPrinciples: 7 })).toBe("9 cards on 2 sheets, 15/8.7 pt (1 empty question skipped; 7 principles with no notes skipped)");
  });
});
