/** The helpers template authors can call; each error is reported at the helper call's place. */
import type { HandlebarsInstance } from "./ast.js";
import { HelperError } from "./errors.js";
import { nearestName } from "../suggest.js";
import { firstSentence, formatDate, gist, indent, keyFigure, keyResult, plain, shorten, truncate, type DateStyle } from "./text.js";

/** What a helper sees besides its arguments: the data given to `render` and the `key=value` pairs. */
interface HelperCall {
  root: unknown;
  hash: Readonly<Record<string, unknown>>;
}

type Helper = (args: readonly unknown[], call: HelperCall) => unknown;

/** A helper argument naming something that does not exist, with the nearest name that does. */
class UnknownName extends Error {
  constructor(message: string, readonly suggestion: string | undefined) {
    super(message);
  }
}

function text(value: unknown, what: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`${what} must be text, got ${Array.isArray(value) ? "a list" : typeof value}`);
}

function count(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === "string") return Array.from(value).length;
  if (Array.isArray(value)) return value.length;
  if (typeof value === "object") return Object.keys(value).length;
  throw new Error(`count needs a list, text or object, got ${typeof value}`);
}

function whole(value: unknown, what: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  throw new Error(`${what} must be a whole number, got \`${String(value)}\``);
}

function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || !(key in value)) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

function language(root: unknown): string {
  return text(field(field(root, "document"), "language"), "document.language");
}

/** Each list's entries by id (the first of an id), made once per list: a lookup per story of thousands would otherwise search them all. */
const idIndexes = new WeakMap<readonly unknown[], Map<unknown, unknown>>();

function byIdIn(entries: readonly unknown[]): Map<unknown, unknown> {
  let index = idIndexes.get(entries);
  if (!index) {
    index = new Map();
    for (const entry of entries) {
      const id = field(entry, "id");
      if (!index.has(id)) index.set(id, entry);
    }
    idIndexes.set(entries, index);
  }
  return index;
}

/** Returns a helper that finds an entry of `root[collection]` by its id. */
function byId(collection: "principles" | "stories" | "questions", kind: string): Helper {
  return ([id], { root }) => {
    const wanted = text(id, `${kind} id`);
    const list = field(root, collection);
    const entries: unknown[] = Array.isArray(list) ? list : [];
    const found = byIdIn(entries).get(wanted);
    if (found !== undefined) return found;
    const ids = entries.map((entry) => String(field(entry, "id")));
    throw new UnknownName(`Unknown ${kind} id \`${wanted}\``, nearestName(wanted, ids));
  };
}

const STAR_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  situation: ["상황", "Situation"],
  task: ["과제", "Task"],
  action: ["행동", "Action"],
  result: ["결과", "Result"],
};

function starLabel([part]: readonly unknown[], { root }: HelperCall): string {
  const name = text(part, "STAR part").toLowerCase();
  const key = Object.keys(STAR_LABELS).find((k) => k === name || k[0] === name);
  const labels = key === undefined ? undefined : STAR_LABELS[key];
  if (labels === undefined) throw new UnknownName(`Unknown STAR part \`${name}\``, nearestName(name, Object.keys(STAR_LABELS)));
  return language(root) === "ko" ? labels[0] : labels[1];
}

function dateStyle(value: unknown): DateStyle {
  if (value === undefined || value === "long") return "long";
  if (value === "short" || value === "iso") return value;
  throw new Error(`formatDate style must be long, short or iso, got \`${String(value)}\``);
}

function list(value: unknown, what: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw new Error(`${what} needs a list, got ${value === null ? "null" : typeof value}`);
}

const HELPERS: Readonly<Record<string, Helper>> = {
  firstSentence: ([value]) => firstSentence(text(value, "firstSentence text")),
  gist: ([value, chars]) => gist(text(value, "gist text"), whole(chars, "gist length", 80)),
  truncate: ([value, chars]) => truncate(text(value, "truncate text"), whole(chars, "truncate length", 80)),
  shorten: ([value, chars], { hash }) => marked(shorten(text(value, "shorten text"), whole(chars, "shorten length", 80)), hash.mark),
  join: ([items, separator]) =>
    list(items, "join").map((item) => text(item, "join item")).join(separator === undefined ? ", " : text(separator, "separator")),
  array: (args) => [...args],
  compact: ([items]) => list(items, "compact").filter(truthy),
  where: ([items, key, value]) => list(items, "where").filter((item) => field(item, text(key, "where field")) === value),
  pluck: ([items, key]) => list(items, "pluck").map((item) => field(item, text(key, "pluck field"))),
  whereEmpty: ([items, key]) => list(items, "whereEmpty").filter((item) => !truthy(field(item, text(key, "whereEmpty field")))),
  take: ([items, n]) => list(items, "take").slice(0, whole(n, "take count", 0)),
  principle: byId("principles", "principle"),
  story: byId("stories", "story"),
  question: byId("questions", "question"),
  starLabel,
  formatDate: ([value, style], { root, hash }) =>
    formatDate(text(value, "formatDate date"), dateStyle(style ?? hash.style), language(root)),
  eq: ([a, b]) => a === b,
  ne: ([a, b]) => a !== b,
  gt: ([a, b]) => Number(a) > Number(b),
  lt: ([a, b]) => Number(a) < Number(b),
  and: (args) => args.length > 0 && args.every(truthy),
  or: (args) => args.some(truthy),
  not: ([value]) => !truthy(value),
  count: ([value]) => count(value),
  length: ([value]) => count(value),
  keyFigure: ([value]) => keyFigure(text(value, "keyFigure text")),
  keyResult: ([value, chars], { hash }) => {
    const result = text(value, "keyResult text");
    const found = keyResult(result, whole(chars, "keyResult length", 50));
    // Without a mark for left-out words, a phrase too long to shorten is given whole.
    return hash.mark === undefined || !found.includes("…") ? found : keyResult(result, Number.MAX_SAFE_INTEGER);
  },
  plain: ([value]) => plain(text(value, "plain text")),
  indent: ([value, spaces]) => indent(text(value, "indent text"), whole(spaces, "indent width", 2)),
};

/** Returns shortened text with `mark` (a template's `mark="…"` hash value) in place of the "…" that says words were left out. */
function marked(shortened: string, mark: unknown): string {
  if (mark === undefined || !shortened.endsWith("…")) return shortened;
  return `${shortened.slice(0, -1)}${text(mark, "mark")}`;
}

/** Returns the names of every helper `registerHelpers` installs. */
export function helperNames(): string[] {
  return Object.keys(HELPERS);
}

function readOptions(value: unknown): { call: HelperCall; line: number; column: number } {
  const data = field(value, "data");
  const hash = field(value, "hash");
  const start = field(field(value, "loc"), "start");
  const line = field(start, "line");
  const column = field(start, "column");
  return {
    call: { root: field(data, "root"), hash: typeof hash === "object" && hash !== null ? { ...hash } : {} },
    line: typeof line === "number" ? line : 0,
    column: typeof column === "number" ? column : 0,
  };
}

/** Installs every helper on `hb`; a helper's error becomes a HelperError at the call's line and column. */
export function registerHelpers(hb: HandlebarsInstance): void {
  for (const [name, helper] of Object.entries(HELPERS)) {
    hb.registerHelper(name, (...args: unknown[]) => {
      // Handlebars passes its options object last.
      const { call, line, column } = readOptions(args.at(-1));
      try {
        return helper(args.slice(0, -1), call);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new HelperError(`${name}: ${reason}`, line, column, error instanceof UnknownName ? error.suggestion : undefined);
      }
    });
  }
}
