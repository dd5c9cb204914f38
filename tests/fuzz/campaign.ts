/** A fuzz run: generates the cases of a seed, reads them in-process, builds a sample through the CLI, and counts. */
import { buildNote, type BuildOptions } from "./cli-runner.js";
import type { SeedNote } from "./corpus.js";
import { buildFailure, readFailures, type Failure } from "./failures.js";
import { generateCase } from "./generate.js";
import { readerSlots, type ReaderOptions } from "./read-runner.js";

export interface CampaignOptions {
  root: string;
  corpus: readonly SeedNote[];
  seed: number;
  /** Cases read in-process. */
  runs: number;
  /** Cases built through the CLI, spread evenly over the case numbers. */
  cli: number;
  /** Reader processes and parallel builds. */
  lanes: number;
  /** Past this a case is a hang. */
  timeoutMs: number;
  /** Past this a case is slow. */
  slowMs: number;
  /** Heap limit of a reader process and of a build. */
  memoryMb: number;
  /** Only these case numbers (for replaying one case); all of them when absent. */
  only?: readonly number[];
  log: (line: string) => void;
}

/** The counts of one runner. */
export interface RunnerStats {
  cases: number;
  crashes: number;
  hangs: number;
  slow: number;
  /** Cases with at least one unplaced line, and the lines in all. */
  unplaced: number;
  unplacedLines: number;
  invalidPdfs: number;
  /** Cases the tool refused with an error diagnostic (not failures), and how often each rule refused one. */
  refused: number;
  refusedBy: Record<string, number>;
  ms: number;
}

export interface CampaignResult {
  read: RunnerStats;
  cli: RunnerStats;
  /** Every failing case, in case order within each runner. */
  failures: Failure[];
}

/** Runs the cases and returns the counts and every failure. */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const failures: Failure[] = [];
  const read = await readAll(options, failures);
  const cli = await buildAll(options, failures);
  failures.sort((a, b) => a.runner.localeCompare(b.runner) || a.index - b.index);
  return { read, cli, failures };
}

/** Returns the reader options of a campaign. */
export function readerOptions(options: CampaignOptions): ReaderOptions {
  return { root: options.root, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb };
}

/** Returns the build options of a campaign. */
export function buildOptions(options: CampaignOptions): BuildOptions {
  return { root: options.root, timeoutMs: options.timeoutMs, memoryMb: options.memoryMb };
}

/** Returns the case numbers built through the CLI: `count` of them, spread over the cases read. */
export function cliSample(runs: number, count: number): number[] {
  const span = Math.max(runs, count);
  return Array.from({ length: count }, (_, i) => Math.floor((i * span) / count));
}

async function readAll(options: CampaignOptions, failures: Failure[]): Promise<RunnerStats> {
  const stats = emptyStats();
  const started = performance.now();
  const slots = readerSlots(options.runs > 0 ? options.lanes : 0, readerOptions(options));
  const indices = options.only ?? Array.from({ length: options.runs }, (_, i) => i);
  await inParallel(indices, slots, async (index, slot) => {
    const fuzz = generateCase(options.corpus, options.seed, index);
    const outcome = await slot.read(fuzz.text);
    const found = readFailures(fuzz, outcome, options.slowMs);
    for (const failure of found) options.log(`  ${failure.kind} (read) seed ${options.seed} case ${index}: ${failure.detail.slice(0, 160)}`);
    failures.push(...found);
    count(stats, found.map((f) => f.kind), outcome.errors.length > 0);
    stats.unplacedLines += outcome.unplaced.length;
    for (const rule of new Set(outcome.errors)) stats.refusedBy[rule] = (stats.refusedBy[rule] ?? 0) + 1;
    if (stats.cases % 1000 === 0) options.log(`read ${stats.cases}/${indices.length} cases, ${failures.length} failures so far`);
  });
  for (const slot of slots) slot.close();
  stats.ms = performance.now() - started;
  return stats;
}

async function buildAll(options: CampaignOptions, failures: Failure[]): Promise<RunnerStats> {
  const stats = emptyStats();
  const started = performance.now();
  const indices = options.only ?? cliSample(options.runs, options.cli);
  if (options.cli === 0) return stats;
  const lanes = Array.from({ length: options.lanes }, (_, lane) => lane);
  await inParallel(indices, lanes, async (index) => {
    const fuzz = generateCase(options.corpus, options.seed, index);
    const outcome = await buildNote(fuzz.text, buildOptions(options));
    const failure = buildFailure(fuzz, outcome);
    if (failure) {
      options.log(`  ${failure.kind} (cli) seed ${options.seed} case ${index}: ${failure.detail.slice(0, 160)}`);
      failures.push(failure);
    }
    count(stats, failure ? [failure.kind] : [], outcome.code === 1);
    for (const rule of new Set(outcome.errors)) stats.refusedBy[rule] = (stats.refusedBy[rule] ?? 0) + 1;
    if (stats.cases % 50 === 0) options.log(`built ${stats.cases}/${indices.length} cases`);
  });
  stats.ms = performance.now() - started;
  return stats;
}

function emptyStats(): RunnerStats {
  return { cases: 0, crashes: 0, hangs: 0, slow: 0, unplaced: 0, unplacedLines: 0, invalidPdfs: 0, refused: 0, refusedBy: {}, ms: 0 };
}

function count(stats: RunnerStats, kinds: readonly string[], refused: boolean): void {
  stats.cases++;
  if (refused) stats.refused++;
  if (kinds.includes("crash")) stats.crashes++;
  if (kinds.includes("hang")) stats.hangs++;
  if (kinds.includes("slow")) stats.slow++;
  if (kinds.includes("unplaced")) stats.unplaced++;
  if (kinds.includes("invalid-pdf")) stats.invalidPdfs++;
}

/** Runs `work` over `items`, one item per lane at a time; each item is given the lane that runs it. */
export async function inParallel<T, L>(items: Iterable<T>, lanes: readonly L[], work: (item: T, lane: L) => Promise<void>): Promise<void> {
  const iterator = items[Symbol.iterator]();
  await Promise.all(
    lanes.map(async (lane) => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value, lane);
    }),
  );
}
