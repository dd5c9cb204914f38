/**
 * The fuzz suite's share of `npm test`: a small seeded run (mutated notes read with the
 * real reader, a few built through the real CLI), and every saved reproducer replayed.
 * It fails on a crash, a hang, an unplaced line or an invalid PDF; slowness alone is left
 * to `npm run fuzz` (timings on a shared machine are noise). Needs `dist/`: `npm test`
 * compiles it first.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCampaign, type CampaignOptions } from "./campaign.js";
import { savedCases } from "./cases.js";
import { buildNote } from "./cli-runner.js";
import { loadCorpus, repoRoot } from "./corpus.js";
import type { Failure } from "./failures.js";
import { ReaderSlot } from "./read-runner.js";

const root = repoRoot();
const limits = { root, timeoutMs: 5000, memoryMb: 1536 };
// Fixed, so a change is judged on the same cases every time; `FUZZ_SEED=n npm test` tries others.
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

function described(failure: Failure): string {
  return `${failure.kind} (${failure.runner}) seed ${failure.seed} case ${failure.index}: ${failure.detail}`;
}

describe("fuzz: a small seeded run", () => {
  it("reads 300 mutated notes and builds 6 of them with no crash, hang, unplaced line or invalid PDF", async () => {
    // One lane: the other test files run beside this one on two cores.
    const options: CampaignOptions = { ...limits, corpus: loadCorpus(root), seed: SEED, runs: 300, cli: 6, lanes: 1, slowMs: 1000, log: () => {} };
    const result = await runCampaign(options);
    expect(result.read.cases).toBe(300);
    expect(result.cli.cases).toBe(6);
    // Reproduce one with `npm run fuzz -- --seed <seed> --case <case> --write note.md`.
    expect(result.failures.filter((f) => f.kind !== "slow").map(described)).toEqual([]);
  }, 600_000);
});

describe("fuzz: saved reproducers no longer fail", () => {
  const cases = savedCases(join(root, "tests", "fuzz", "cases"));

  it.each(cases.filter((c) => c.runner === "read").map((c) => [c.name, c.text] as const))("reads %s", async (_name, text) => {
    const slot = new ReaderSlot(limits);
    try {
      const outcome = await slot.read(text);
      expect({ kind: outcome.kind, crash: outcome.crash, unplaced: outcome.unplaced }).toEqual({ kind: "done", crash: undefined, unplaced: [] });
    } finally {
      slot.close();
    }
  }, 120_000);

  it.each(cases.filter((c) => c.runner === "cli").map((c) => [c.name, c.text] as const))("builds %s", async (_name, text) => {
    const outcome = await buildNote(text, limits);
    expect({ kind: outcome.kind, detail: outcome.detail }).toEqual({ kind: "done", detail: "" });
  }, 120_000);
});
