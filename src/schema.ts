/**
 * One way to validate what users write (the config file, front matter, catalogues): a small
 * schema that checks a value, gives its TypeScript type, and collects every problem with the
 * path of its key and a structured "did you mean" instead of throwing at the first one.
 */
import { nearestName } from "./suggest.js";

/** A problem with one value: where (key path), what was wrong, and the nearest known name if any. */
export interface Issue {
  path: readonly (string | number)[];
  message: string;
  suggestion?: string;
}

/** Marks a value that failed its check (its issue is already recorded). */
const INVALID: unique symbol = Symbol("invalid");
type Checked<T> = T | typeof INVALID;

/** Checks one kind of value; `expected` words it for messages ("a number from 3 to 72"). */
export interface Schema<T> {
  readonly expected: string;
  check(value: unknown, path: readonly (string | number)[], issues: Issue[]): Checked<T>;
}

/** The type a schema gives. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Returns `value` for the message: short, one line. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function fail(issues: Issue[], path: readonly (string | number)[], expected: string, value: unknown): typeof INVALID {
  issues.push({ path, message: `must be ${expected}, got \`${shown(value)}\`` });
  return INVALID;
}

/** A finite number, optionally whole and within bounds. */
export function number(bounds: { min?: number; max?: number; integer?: boolean } = {}): Schema<number> {
  const { min = -Infinity, max = Infinity, integer = false } = bounds;
  const range = Number.isFinite(min) && Number.isFinite(max) ? ` from ${min} to ${max}` : Number.isFinite(min) ? ` of at least ${min}` : "";
  const expected = `${integer ? "a whole number" : "a number"}${range}`;
  return {
    expected,
    check: (value, path, issues) => {
      const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value));
      return ok ? value : fail(issues, path, expected, value);
    },
  };
}

/** A string (non-empty unless `empty` is allowed). */
export function string(options: { empty?: boolean } = {}): Schema<string> {
  const expected = options.empty ? "text" : "non-empty text";
  return {
    expected,
    check: (value, path, issues) => (typeof value === "string" && (options.empty || value.trim() !== "") ? value : fail(issues, path, expected, value)),
  };
}

/** true or false. */
export const boolean: Schema<boolean> = {
  expected: "true or false",
  check: (value, path, issues) => (typeof value === "boolean" ? value : fail(issues, path, "true or false", value)),
};

/** One of the given words (case-insensitive); a near miss is suggested. */
export function oneOf<T extends string>(values: readonly T[]): Schema<T> {
  const expected = `one of ${values.map((v) => `\`${v}\``).join(", ")}`;
  return {
    expected,
    check: (value, path, issues) => {
      const found = typeof value === "string" ? values.find((v) => v.toLowerCase() === value.trim().toLowerCase()) : undefined;
      if (found !== undefined) return found;
      const suggestion = typeof value === "string" ? nearestName(value, values) : undefined;
      issues.push({ path, message: `must be ${expected}, got \`${shown(value)}\``, ...(suggestion ? { suggestion } : {}) });
      return INVALID;
    },
  };
}

/** A list of items; with `commas`, a string `a,b` is read as the list [a, b] (command-line style). */
export function listOf<T>(item: Schema<T>, options: { commas?: boolean } = {}): Schema<T[]> {
  const expected = `a list of ${item.expected.replace(/^an? /, "")}${options.commas ? " (or comma-separated text)" : ""}`;
  return {
    expected,
    check: (value, path, issues) => {
      const list = options.commas && typeof value === "string" ? value.split(",").map((s) => s.trim()).filter((s) => s !== "") : value;
      if (!Array.isArray(list)) return fail(issues, path, expected, value);
      const out: T[] = [];
      let ok = true;
      list.forEach((element: unknown, index) => {
        const checked = item.check(element, [...path, index], issues);
        if (checked === INVALID) ok = false;
        else out.push(checked);
      });
      return ok ? out : INVALID;
    },
  };
}

/** The first schema that accepts the value; the problem named is the last one's, with every expectation listed. */
export function either<A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> {
  const expected = `${a.expected} or ${b.expected}`;
  return {
    expected,
    check: (value, path, issues) => {
      const scratch: Issue[] = [];
      const first = a.check(value, path, scratch);
      if (first !== INVALID) return first;
      const second = b.check(value, path, scratch);
      if (second !== INVALID) return second;
      // Report the inner problem when the value had the right shape (a mapping with a bad key), else the choice.
      const inner = scratch.filter((issue) => issue.path.length > path.length);
      issues.push(...(inner.length > 0 ? inner : [{ path, message: `must be ${expected}, got \`${shown(value)}\`` }]));
      return INVALID;
    },
  };
}

/** A value that `parse` turns into T (undefined when it cannot): for shapes the pieces above do not cover. */
export function custom<T>(expected: string, parse: (value: unknown) => T | undefined): Schema<T> {
  return {
    expected,
    check: (value, path, issues) => {
      const parsed = parse(value);
      return parsed === undefined ? fail(issues, path, expected, value) : parsed;
    },
  };
}

/** A field of an object schema: its value schema and what an absent key gives. */
export type Field<T> = { schema: Schema<T>; fallback: T; required?: false } | { schema: Schema<T>; required: true };

/** A field that takes `fallback` when absent. */
export function field<T, F extends T | undefined>(schema: Schema<T>, fallback: F): Field<T | F> {
  return { schema, fallback };
}

/** A field that must be given. */
export function required<T>(schema: Schema<T>): Field<T> {
  return { schema, required: true };
}

type Shape = Record<string, Field<unknown>>;
type ObjectOf<S extends Shape> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

/** A mapping with known keys; unknown keys are problems (with the nearest known key suggested). */
export function object<S extends Shape>(shape: S, options: { what?: string; extra?: "error" | "ignore" } = {}): Schema<ObjectOf<S>> {
  const expected = options.what ?? "a mapping of keys to values";
  const keys = Object.keys(shape);
  return {
    expected,
    check: (value, path, issues) => {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(issues, path, expected, value);
      const record = value as Record<string, unknown>;
      let ok = true;
      if (options.extra !== "ignore") {
        for (const key of Object.keys(record).filter((k) => !(k in shape))) {
          const suggestion = nearestName(key, keys);
          const message = suggestion ? "is not a known key" : `is not a known key (known: ${keys.join(", ")})`;
          issues.push({ path: [...path, key], message, ...(suggestion ? { suggestion } : {}) });
          ok = false;
        }
      }
      const out: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(shape)) {
        const raw = record[key];
        if (raw === undefined || raw === null) {
          if (entry.required === true) {
            issues.push({ path: [...path, key], message: `is required: ${entry.schema.expected}` });
            ok = false;
          } else out[key] = entry.fallback;
          continue;
        }
        const checked = entry.schema.check(raw, [...path, key], issues);
        if (checked === INVALID) ok = false;
        else out[key] = checked;
      }
      return ok ? (out as ObjectOf<S>) : INVALID;
    },
  };
}

/** Returns the checked value (undefined when anything was wrong) and every problem found. */
export function validate<T>(schema: Schema<T>, value: unknown): { value: T | undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const checked = schema.check(value, [], issues);
  return { value: checked === INVALID ? undefined : checked, issues };
}

/** Returns the issue as words: "`columns` must be a whole number…", with the key path in front. */
export function issueMessage(issue: Issue): string {
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".").replace(/\.\[/g, "[");
  return path === "" ? `The value ${issue.message}` : `\`${path}\` ${issue.message}`;
}
