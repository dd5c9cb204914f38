/** The Anki emitter: cards → ids kept in a lock beside the notes → `deck.tsv`. */
export { ankiTags, principleIdentity, questionIdentity, storyIdentity, TAG_ROOT } from "./identity.js";
export type { AnkiCard, AnkiCardBase, AnkiKind } from "./identity.js";
export { assignIds, AMBIGUITY_MARGIN } from "./ids.js";
export { ANSWER_CONFIRMS, KEY_ALONE, KEY_WITH_ANSWER } from "./pairs.js";
export type { AssignResult } from "./ids.js";
export { emptyIdLock, lockPathFor, parseIdLock, readIdLock, writeIdLock } from "./lock.js";
export type { IdLock, IdLockEntry } from "./lock.js";
export { deckTsv, tsvField } from "./tsv.js";
export type { DeckOptions } from "./tsv.js";
export { ankiEmitter, type AnkiBuild } from "./emit.js";
