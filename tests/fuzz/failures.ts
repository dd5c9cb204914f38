/** Turns runner outcomes into failures, and groups failures that are probably the same bug. */
import type { BuildOutcome } from "./cli-runner.js";
import type { FuzzCase } from "./generate.js";
import type { ReadOutcome } from "./read-runner.js";

export type FailureKind = "crash" | "hang" | "slow" | "unplaced" | "invalid-pdf";
export type RunnerName = "read" | "cli";

/** One failing case. */
export interface Failure {
  kind: FailureKind;
  runner: RunnerName;
  seed: number;
  index: number;
  base: string;
  ops: string[];
  /** What happened, in one line. */
  detail: string;
  /** What must stay true of a smaller note for it to fail the same way (see `sameFailure`). */
  key: string;
  /** Failures with equal groups are probably one bug: only the first of a group is minimised. */
  group: string;
  text: string;
}

/** Returns the failures of reading one case: a crash, a hang, or slow and unplaced lines (both may hold). */
export function readFailures(fuzz: FuzzCase, outcome: ReadOutcome, slowMs: number): Failure[] {
  const failure = (kind: FailureKind, detail: string, key: string): Failure => ({
    kind, runner: "read", seed: fuzz.seed, index: fuzz.index, base: fuzz.base, ops: fuzz.ops, detail, key,
    group: `${kind} read ${kind === "crash" || kind === "unplaced" ? key : triggers(fuzz.text)}`, text: fuzz.text,
  });
  if (outcome.kind === "crash") return [failure("crash", firstLine(outcome.crash ?? ""), crashKey(outcome.crash ?? ""))];
  if (outcome.kind === "hang") return [failure("hang", outcome.crash ?? "no answer", "")];
  const found: Failure[] = [];
  if (outcome.ms > slowMs) found.push(failure("slow", `${Math.round(outcome.ms)} ms`, ""));
  const first = outcome.unplaced[0];
  if (first) found.push(failure("unplaced", `${outcome.unplaced.length} line(s), first at line ${first.line}: ${first.message.slice(0, 120)}`, shape(quotedLine(first.message))));
  return found;
}

/** Returns the failure of building one case, or null when the build behaved. */
export function buildFailure(fuzz: FuzzCase, outcome: BuildOutcome): Failure | null {
  if (outcome.kind === "done") return null;
  const key = outcome.kind === "hang" ? "" : outcome.detail.replace(/\d+/g, "N").slice(0, 120);
  const group = `${outcome.kind} cli ${outcome.kind === "hang" ? triggers(fuzz.text) : key}`;
  return { kind: outcome.kind, runner: "cli", seed: fuzz.seed, index: fuzz.index, base: fuzz.base, ops: fuzz.ops, detail: outcome.detail, key, group, text: fuzz.text };
}

/** Returns true when `outcome` of a smaller note is the same failure as `failure` (for minimising). */
export function sameFailure(failure: Failure, outcome: ReadOutcome | BuildOutcome, slowMs: number): boolean {
  if (failure.kind === "slow") return outcome.kind === "hang" || outcome.ms > slowMs;
  if (outcome.kind !== failure.kind && !(failure.kind === "unplaced" && outcome.kind === "done")) return false;
  if ("unplaced" in outcome) {
    if (failure.kind === "crash") return crashKey(outcome.crash ?? "") === failure.key;
    if (failure.kind === "unplaced") return outcome.unplaced.some((u) => shape(quotedLine(u.message)) === failure.key);
    return true;
  }
  return failure.kind === "hang" || outcome.detail.replace(/\d+/g, "N").slice(0, 120) === failure.key;
}

/**
 * Returns the known triggers of slowness a note holds (deep lists, an empty quote, huge
 * lines, YAML aliases), to group hangs and slow cases before minimising; "other" if none.
 */
export function triggers(text: string): string {
  const lines = text.split(/\r\n?|\n/);
  const found: string[] = [];
  const deepest = lines.reduce((most, l) => (/^[ \t]*(?:[-*+]|\d+[.)])[ \t]/.test(l) ? Math.max(most, columns(l)) : most), 0);
  if (deepest >= 24) found.push("deep list");
  if (lines.some((l) => /^[ \t]*(?:>[ \t]*){10,}[^>\s]/.test(l))) found.push("deep quote");
  if (lines.some((l) => /^[ \t]*(?:>[ \t]*)+$/.test(l))) found.push("empty quote line");
  const longest = lines.reduce((most, l) => Math.max(most, l.length), 0);
  if (longest >= 500_000) found.push("line ≥ 500 KB");
  else if (lines.some((l) => /\S{50000}/.test(l))) found.push("token ≥ 50 KB");
  else if (longest >= 5_000) found.push("line ≥ 5 KB");
  if (lines.some((l, i) => /&\w/.test(l) && /(?:\*\w+\W*){5}/.test(lines[i + 1] ?? ""))) found.push("YAML aliases");
  return found.join(", ") || "other";
}

/** Returns the line quoted in an `unplaced-line` message. */
function quotedLine(message: string): string {
  return /`(.*)`/s.exec(message)?.[1] ?? message;
}

/**
 * Returns a line's form without its words: letters become `a`, digits `0`, characters
 * outside printable ASCII their code point, so `#### Background` and `#### Notes` match.
 */
export function shape(text: string): string {
  return text
    .replace(/[\p{L}\p{M}]+/gu, "a")
    .replace(/\p{N}+/gu, "0")
    .replace(/[^\x20-\x7e\n]/gu, (c) => `<${(c.codePointAt(0) ?? 0).toString(16)}>`)
    .replace(/a(?:[ ,.'"/-]+a)+/g, "a")
    .replace(/ +/g, " ");
}

/** Returns an exception's message without numbers, and the first frame in prep-print's code. */
function crashKey(stack: string): string {
  const frame = /at (?:(\S+) )?\(?[^()\n]*?\/(?:dist|src)\/([^:()\n]+):\d+/.exec(stack);
  const where = frame ? ` @ ${frame[1] ?? "?"} (${frame[2] ?? "?"})` : "";
  return `${firstLine(stack).replace(/\d+/g, "N").slice(0, 100)}${where}`;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim();
}

function columns(line: string): number {
  let width = 0;
  for (const c of line) {
    if (c === " ") width++;
    else if (c === "\t") width = width - (width % 4) + 4;
    else break;
  }
  return width;
}
