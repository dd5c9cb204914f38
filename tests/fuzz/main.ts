/**
 * `npm run fuzz -- --runs N [--cli M] [--seed S]`: reads N mutated notes in-process and
 * builds M of them through the CLI, saves a minimised reproducer of each kind of failure
 * in `tests/fuzz/cases/`, prints a summary, and exits 1 when anything failed.
 */
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runCampaign, type CampaignOptions } from "./campaign.js";
import { loadCorpus, repoRoot } from "./corpus.js";
import { generateCase } from "./generate.js";
import { saveReproducers } from "./reduce.js";
import { failed, summary } from "./summary.js";

const USAGE = `usage: npm run fuzz -- [--runs N] [--cli M] [--seed S] [--case I [--write FILE]]
  --runs N              notes read in-process (default 1000)
  --cli M               of those, M built through the CLI (default 0)
  --seed S              seed (default: a random one, printed)
  --case I[,J…]         only these cases (read when --runs > 0, built when --cli > 0);
                        --write FILE saves the first one's note and stops
  --lanes L             reader processes and parallel builds (default 2)
  --timeout MS          a case using more CPU time is a hang (default 5000)
  --slow MS             a read using more CPU time is slow (default 1000)
  --memory MB           heap limit of each reader process and build (default 1536)
  --save DIR            where reproducers go (default tests/fuzz/cases); --no-save: nowhere
  --minimise-seconds T  time for minimising reproducers (default 900)`;

/** Runs the fuzzer with the command-line arguments and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: "string", default: "1000" }, cli: { type: "string", default: "0" }, seed: { type: "string" }, case: { type: "string" },
      write: { type: "string" }, lanes: { type: "string" }, timeout: { type: "string", default: "5000" }, slow: { type: "string", default: "1000" },
      memory: { type: "string", default: "1536" }, save: { type: "string" }, "no-save": { type: "boolean", default: false },
      "minimise-seconds": { type: "string", default: "900" }, help: { type: "boolean", default: false },
    },
  });
  if (values.help) return usage(0);
  const numbers = [values.runs, values.cli, values.timeout, values.slow, values.memory, values["minimise-seconds"]].map(Number);
  const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
  const only = values.case === undefined ? undefined : values.case.split(",").map(Number);
  const lanes = values.lanes === undefined ? Math.min(2, availableParallelism()) : Number(values.lanes);
  if ([...numbers, seed, lanes, ...(only ?? [])].some((n) => !Number.isInteger(n) || n < 0) || lanes === 0) return usage(2);
  const [runs = 0, cli = 0, timeoutMs = 0, slowMs = 0, memoryMb = 0, minimiseSeconds = 0] = numbers;
  const root = repoRoot();
  const corpus = loadCorpus(root);
  if (only && values.write) {
    writeFileSync(values.write, generateCase(corpus, seed, only[0] ?? 0).text);
    return 0;
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const options: CampaignOptions = { root, corpus, seed, runs, cli, lanes, timeoutMs, slowMs, memoryMb, ...(only ? { only } : {}), log };
  const started = performance.now();
  log(`fuzz: seed ${seed}, ${corpus.length} seed notes, ${only ? `cases ${only.join(", ")}` : `${runs} in-process, ${cli} through the CLI`}`);
  const result = await runCampaign(options);
  const folder = values.save ?? join(root, "tests", "fuzz", "cases");
  const reproducers = values["no-save"] ? [] : await saveReproducers(result.failures, options, folder, minimiseSeconds);
  const header = `prep-print fuzz: seed ${seed} (repeat with --seed ${seed}), ${corpus.length} seed notes`;
  process.stdout.write(`${summary(result, reproducers, header, performance.now() - started).join("\n")}\n`);
  return failed(result) ? 1 : 0;
}

function usage(code: number): number {
  (code === 0 ? process.stdout : process.stderr).write(`${USAGE}\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
