/**
 * Gives every card its Anki GUID: the one it had (same key; else the most alike old card
 * of its kind, text first and answer second), or a new one derived from the card itself.
 */
import { diagnostic, type Diagnostic } from "../../diagnostics.js";
import type { AnkiCard } from "./identity.js";
import { derivedGuid } from "./guid.js";
import type { IdLock, IdLockEntry } from "./lock.js";
import { candidatePairs, type Fresh, type Old, type Pair } from "./pairs.js";
import { bigrams, compact, fingerprint, fingerprintWords } from "./similarity.js";

/** A rival this close to the chosen match makes the choice a toss-up, and a warning. */
export const AMBIGUITY_MARGIN = 0.05;

export interface AssignResult {
  ids: Map<AnkiCard, string>;
  /** The lock for this deck: exactly its cards, with their ids now. */
  lock: IdLock;
  diagnostics: Diagnostic[];
}

/** Returns an id for every card, the updated lock, and a warning where a match was a toss-up. `salt` is the deck name. */
export function assignIds(cards: readonly AnkiCard[], lock: IdLock, salt: string): AssignResult {
  const fresh = cards.map((card, index): Fresh => {
    const folded = compact(card.key);
    const context = card.kind === "principle" ? "" : fingerprint(card.context);
    return { card, index, folded, grams: bigrams(folded), context, words: fingerprintWords(context), guid: null };
  });
  const old = lock.cards.map((entry, index): Old => {
    const folded = compact(entry.key);
    return { entry, index, folded, grams: bigrams(folded), words: fingerprintWords(entry.context), taken: false };
  });
  const diagnostics: Diagnostic[] = [];
  matchExact(fresh, old);
  matchAlike(fresh, old, diagnostics);
  mintNew(fresh, new Set(lock.cards.map((e) => e.guid)), salt);
  orderTwins(fresh);
  const ids = new Map<AnkiCard, string>();
  const entries: IdLockEntry[] = [];
  for (const f of fresh) {
    const guid = f.guid ?? "";
    ids.set(f.card, guid);
    entries.push({ kind: f.card.kind, key: f.card.key, guid, context: f.context });
  }
  return { ids, lock: { cards: entries }, diagnostics };
}

/** Returns `items` grouped by `keyOf`, each group in the order of `items`. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

function take(fresh: Fresh, old: Old): void {
  fresh.guid = old.entry.guid;
  old.taken = true;
}

/** Pairs cards whose kind and folded key occur exactly once on each side: the common case, linear. */
function matchExact(fresh: Fresh[], old: Old[]): void {
  const olds = groupBy(old, (o) => `${o.entry.kind}\u0000${o.folded}`);
  for (const [key, same] of groupBy(fresh, (f) => `${f.card.kind}\u0000${f.folded}`)) {
    const before = olds.get(key);
    if (same.length === 1 && same[0] && before?.length === 1 && before[0]) take(same[0], before[0]);
  }
}

/** Gives edited cards the id of the most alike old card, best pairs first; warns where a rival was as good. */
function matchAlike(fresh: Fresh[], old: Old[], diagnostics: Diagnostic[]): void {
  const pairs = candidatePairs(fresh, old);
  const byFresh = groupBy(pairs, (p) => p.fresh);
  const byOld = groupBy(pairs, (p) => p.old);
  for (const pair of pairs) {
    if (pair.fresh.guid !== null || pair.old.taken) continue;
    const close = (p: Pair): boolean => p !== pair && p.fresh.guid === null && !p.old.taken && p.score >= pair.score - AMBIGUITY_MARGIN;
    const otherOld = byFresh.get(pair.fresh)?.find((p) => close(p) && !sameOld(p.old, pair.old));
    const otherFresh = byOld.get(pair.old)?.find((p) => close(p) && !sameFresh(p.fresh, pair.fresh));
    const earlier = quote(pair.old.entry.key);
    if (otherOld) {
      const rival = quote(otherOld.old.entry.key);
      diagnostics.push(ambiguity(pair, `is about as close to the earlier ${earlier} as to ${rival}; it keeps the Anki id of the first`));
    } else if (otherFresh) {
      const rival = quote(otherFresh.fresh.card.key);
      diagnostics.push(ambiguity(pair, `and ${rival} both resemble the earlier ${earlier}; the first keeps its Anki id, the other gets a new one`));
    }
    take(pair.fresh, pair.old);
  }
}

/** Two old cards with the same key and answer are interchangeable: choosing between them is no guess. */
function sameOld(a: Old, b: Old): boolean {
  return a.folded === b.folded && a.entry.context === b.entry.context;
}

function sameFresh(a: Fresh, b: Fresh): boolean {
  return a.folded === b.folded && a.context === b.context;
}

function quote(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return `\`${line.length > 48 ? `${line.slice(0, 47)}…` : line}\``;
}

function ambiguity(pair: Pair, words: string): Diagnostic {
  const source = pair.fresh.card.source;
  const place = { file: source?.file ?? "", line: source?.line ?? 0, column: 1 };
  return diagnostic("warning", place, `Anki card ${quote(pair.fresh.card.key)} ${words}`, "anki-id-ambiguous");
}

/** Gives each card still without an id a new one from its kind and key, skipping any id used before. */
function mintNew(fresh: Fresh[], taken: Set<string>, salt: string): void {
  for (const f of fresh) {
    if (f.guid !== null) continue;
    let guid = derivedGuid([salt, f.card.kind, f.folded, "0"]);
    for (let n = 1; taken.has(guid); n++) guid = derivedGuid([salt, f.card.kind, f.folded, String(n)]);
    f.guid = guid;
    taken.add(guid);
  }
}

/**
 * Gives identical cards (same kind, key and answer) their ids in sorted order: which twin has
 * which id is arbitrary, and fixing it keeps deck.tsv the same from one build to the next.
 */
function orderTwins(fresh: Fresh[]): void {
  for (const twins of groupBy(fresh, (f) => `${f.card.kind}\u0000${f.folded}\u0000${f.context}`).values()) {
    if (twins.length < 2) continue;
    const guids = twins.map((f) => f.guid ?? "").sort();
    twins.forEach((f, i) => (f.guid = guids[i] ?? f.guid));
  }
}
