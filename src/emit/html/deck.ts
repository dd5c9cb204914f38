/**
 * The flashcards as a practice deck: one card at a time with flip, arrows, shuffle and a filter by
 * principle (the script, `templates/html/deck.js`); without JavaScript, and on paper, every card
 * shows as a list, front then back.
 */
import type { Block } from "../../markdown/types.js";
import { blocksToHtml } from "./blocks.js";
import { htmlDocument, type PageBase } from "./document.js";
import { escapeHtml } from "./escape.js";

/** One card: its front and back blocks and the principles it is about (ids from `principles`). */
export interface DeckCard {
  id: string;
  kind: "question" | "principle" | "story";
  principleIds: string[];
  front: Block[];
  back: Block[];
}

/** The deck page's input: the cards in order, the principles the filter offers, the script's text. */
export interface DeckInput extends PageBase {
  script: string;
  cards: DeckCard[];
  principles: { id: string; name: string }[];
}

/** The words of the deck's own controls. */
interface DeckLabels {
  all: string;
  filter: string;
  shuffle: string;
  flip: string;
  previous: string;
  next: string;
  hint: string;
  empty: string;
}

const EN: DeckLabels = {
  all: "All principles", filter: "Principle", shuffle: "Shuffle", flip: "Flip", previous: "Previous card",
  next: "Next card", hint: "Tap the card or press Space to flip it; swipe or press ← → to move.", empty: "No cards for this principle.",
};
const KO: DeckLabels = {
  all: "모든 원칙", filter: "원칙", shuffle: "섞기", flip: "뒤집기", previous: "이전 카드",
  next: "다음 카드", hint: "카드를 누르거나 Space 키로 뒤집고, 옆으로 밀거나 ← → 키로 넘깁니다.", empty: "이 원칙의 카드가 없습니다.",
};

/** Marks the page before it is drawn, so the one-card view shows at once and never flashes the whole list. */
const JS_MARK = `document.documentElement.classList.add("js");`;

/** Returns the practice deck as one self-contained HTML document. */
export function deckHtml(input: DeckInput): string {
  const labels = input.lang.toLowerCase().startsWith("ko") ? KO : EN;
  const index = new Map(input.principles.map((p, i) => [p.id, i]));
  const used = new Set(input.cards.flatMap((c) => c.principleIds));
  const options = input.principles
    .map((p, i) => ({ ...p, i }))
    .filter((p) => used.has(p.id))
    .map((p) => `<option value="${p.i}">${escapeHtml(p.name)}</option>`);
  const body = [
    `<header class="deck-header">`,
    `<h1>${escapeHtml(input.title)}</h1>`,
    `<div class="deck-tools" hidden>`,
    `<label>${escapeHtml(labels.filter)} <select id="deck-filter"><option value="">${escapeHtml(labels.all)}</option>${options.join("")}</select></label>`,
    `<button type="button" id="deck-shuffle">${escapeHtml(labels.shuffle)}</button>`,
    `</div>`,
    `<p class="deck-hint" hidden>${escapeHtml(labels.hint)}</p>`,
    `</header>`,
    `<main id="deck">`,
    ...input.cards.map((card, i) => cardHtml(card, i, index)),
    `<p class="deck-empty" hidden>${escapeHtml(labels.empty)}</p>`,
    `</main>`,
    `<nav class="deck-nav" hidden>`,
    `<button type="button" id="deck-prev" aria-label="${escapeHtml(labels.previous)}">←</button>`,
    `<span id="deck-counter" aria-live="polite"></span>`,
    `<button type="button" id="deck-flip">${escapeHtml(labels.flip)}</button>`,
    `<button type="button" id="deck-next" aria-label="${escapeHtml(labels.next)}">→</button>`,
    `</nav>`,
  ];
  return htmlDocument({ ...input, kind: "deck", body: body.join("\n"), headScript: JS_MARK });
}

/** A card: principles as indexes into the filter's options (ids may hold any character). */
function cardHtml(card: DeckCard, position: number, index: ReadonlyMap<string, number>): string {
  const principles = card.principleIds.flatMap((id) => {
    const i = index.get(id);
    return i === undefined ? [] : [String(i)];
  });
  return [
    `<article class="card" id="card-${position + 1}" data-id="${escapeHtml(card.id)}" data-kind="${card.kind}" data-principles="${principles.join(" ")}">`,
    `<div class="face front">\n${blocksToHtml(card.front)}\n</div>`,
    `<div class="face back">\n${blocksToHtml(card.back)}\n</div>`,
    `</article>`,
  ].join("\n");
}
