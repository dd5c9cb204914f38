/**
 * The id lock: which Anki GUID each card has, kept beside the notes (never in them) so
 * that edits keep ids. Small, sorted, stable JSON; read defensively.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { diagnostic, type Diagnostic } from "../../diagnostics.js";
import type { AnkiKind } from "./identity.js";
import { isGuid } from "./guid.js";
import { jsonErrorOffset, locate, topLevelItemOffsets } from "./json-places.js";
import { isFingerprint } from "./similarity.js";
import { systemCode, systemReason } from "../../notes/reason.js";

/** One card's id as last built. */
export interface IdLockEntry {
  kind: AnkiKind;
  /** The card's key as written then: question text, story title or principle id. */
  key: string;
  guid: string;
  /** SimHash fingerprint of the answer or story text then ("" when empty). */
  context: string;
}

export interface IdLock {
  cards: IdLockEntry[];
}

const VERSION = 1;
const ABOUT = "Anki note ids of prep-print's deck.tsv. Commit this file with your notes; prep-print keeps it up to date.";
const KINDS: readonly AnkiKind[] = ["principle", "question", "story"];
const RULE = "anki-id-lock";

/** Returns an empty lock: every card gets a new id. */
export function emptyIdLock(): IdLock {
  return { cards: [] };
}

/** Returns the text of `lock`: entries sorted by kind, key and GUID, one a line, so diffs stay small. */
export function writeIdLock(lock: IdLock): string {
  const entries = [...lock.cards].sort(compareEntries).map((e) => `    ${JSON.stringify({ kind: e.kind, key: e.key, guid: e.guid, context: e.context })}`);
  const cards = entries.length === 0 ? "[]" : `[\n${entries.join(",\n")}\n  ]`;
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "version": ${VERSION},\n  "cards": ${cards}\n}\n`;
}

/** Compares by code points, not locale, so the order is the same on every machine. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: IdLockEntry, b: IdLockEntry): number {
  return compareText(a.kind, b.kind) || compareText(a.key, b.key) || compareText(a.guid, b.guid);
}

/** Returns the lock in `text` and a located warning for each part that could not be used. */
export function parseIdLock(text: string, file: string): { lock: IdLock; diagnostics: Diagnostic[] } {
  const startAfresh = (offset: number, why: string) => {
    const place = locate(text, offset);
    const message = `Cannot use the Anki id lock (${why}); starting afresh, so cards edited since the last build may get new ids`;
    return { lock: emptyIdLock(), diagnostics: [diagnostic("warning", { file, ...place }, message, RULE)] };
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return startAfresh(jsonErrorOffset(error, text), "it is not valid JSON");
  }
  if (!isRecord(data) || !Array.isArray(data.cards)) return startAfresh(0, "no `cards` list");
  if (data.version !== VERSION) return startAfresh(0, `unknown version \`${String(data.version)}\``);
  const offsets = topLevelItemOffsets(text, "cards");
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const cards: IdLockEntry[] = [];
  data.cards.forEach((item: unknown, index) => {
    const place = locate(text, offsets[index] ?? 0);
    const entry = toEntry(item);
    if (entry === null || seen.has(entry.guid)) {
      const why = entry === null ? "it needs `kind`, `key`, `guid` and `context`" : `GUID \`${entry.guid}\` is used twice`;
      diagnostics.push(diagnostic("warning", { file, ...place }, `Ignored an entry of the Anki id lock: ${why}`, RULE));
      return;
    }
    seen.add(entry.guid);
    cards.push(entry);
  });
  return { lock: { cards }, diagnostics };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns the entry `item` describes, or null when a field is missing or malformed. */
function toEntry(item: unknown): IdLockEntry | null {
  if (!isRecord(item)) return null;
  const { kind, key, guid, context } = item;
  const knownKind = KINDS.find((k) => k === kind);
  if (!knownKind || typeof key !== "string" || typeof guid !== "string" || !isGuid(guid)) return null;
  if (typeof context !== "string" || !isFingerprint(context)) return null;
  return { kind: knownKind, key, guid, context };
}

/** Returns the lock at `path` ("" lock when there is none yet); unreadable files are a warning, not a crash. */
export async function readIdLock(path: string, shown = path): Promise<{ lock: IdLock; diagnostics: Diagnostic[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (systemCode(error) === "ENOENT") return { lock: emptyIdLock(), diagnostics: [] };
    const message = `Cannot read the Anki id lock (${systemReason(error)}); starting afresh`;
    return { lock: emptyIdLock(), diagnostics: [diagnostic("warning", { file: shown }, message, RULE)] };
  }
  return parseIdLock(text.replace(/^\uFEFF/, ""), shown);
}

/**
 * Returns where the lock of a build from `inputs` lives: `.prep-print/ids.json` in the notes
 * folder (or the folder holding all inputs), `.prep-print/<name>.ids.json` beside a single note file.
 */
export async function lockPathFor(inputs: readonly string[], cwd: string): Promise<string> {
  const absolute = inputs.map((input) => resolve(cwd, input));
  const folders = await Promise.all(absolute.map(async (path) => ((await isFolder(path)) ? path : null)));
  const only = absolute[0];
  if (absolute.length === 1 && only !== undefined && folders[0] === null) {
    return join(dirname(only), ".prep-print", `${basename(only, extname(only))}.ids.json`);
  }
  const dirs = absolute.map((path, i) => folders[i] ?? dirname(path));
  return join(commonFolder(dirs.length > 0 ? dirs : [resolve(cwd)]), ".prep-print", "ids.json");
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

/** Returns the deepest folder that holds every one of `dirs` (absolute paths). */
function commonFolder(dirs: readonly string[]): string {
  const split = dirs.map((d) => d.split(/[\\/]/));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length++;
  return first.slice(0, length).join("/") || "/";
}
