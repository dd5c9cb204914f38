/** Minimises the first failure of each group and saves it as a reproducer, within a time budget. */
import { saveCase } from "./cases.js";
import { buildOptions, readerOptions, type CampaignOptions } from "./campaign.js";
import { buildNote } from "./cli-runner.js";
import { sameFailure, type Failure } from "./failures.js";
import { minimise } from "./minimise.js";
import { ReaderSlot } from "./read-runner.js";

/** What became of the first failure of a group. */
export interface Reproducer {
  failure: Failure;
  /** Where it was saved; absent when it did not fail again (a slow case on a busy machine). */
  path?: string;
  bytes: number;
  /** False when the time budget ran out before minimising it. */
  minimised: boolean;
}

const ORDER = ["crash", "invalid-pdf", "hang", "unplaced", "slow"];
/** Time for minimising one failure at least (builds are slower than reads); a share of what is left when more. */
const EACH_MS = { read: 60_000, cli: 180_000 };
const TRIES = { read: 1000, cli: 300 };

/** Returns the first failure of every group, most serious kinds first. */
export function firstOfEachGroup(failures: readonly Failure[]): Failure[] {
  const firsts = new Map<string, Failure>();
  for (const failure of failures) if (!firsts.has(failure.group)) firsts.set(failure.group, failure);
  return [...firsts.values()].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}

/** Minimises (while `seconds` last) and saves into `folder` the first failure of each group; returns what was done. */
export async function saveReproducers(failures: readonly Failure[], campaign: CampaignOptions, folder: string, seconds: number): Promise<Reproducer[]> {
  const deadline = performance.now() + seconds * 1000;
  // A failure of time is minimised against twice the limits: a reproducer just past a
  // limit would pass on a luckier run.
  const strict = { ...campaign, timeoutMs: campaign.timeoutMs * 2, slowMs: campaign.slowMs * 2 };
  const slots = { plain: new ReaderSlot(readerOptions(campaign)), strict: new ReaderSlot(readerOptions(strict)) };
  const stillFails = async (failure: Failure, text: string, margin: boolean): Promise<boolean> => {
    const limits = margin ? strict : campaign;
    const outcome = failure.runner === "read" ? await slots[margin ? "strict" : "plain"].read(text) : await buildNote(text, buildOptions(limits));
    return sameFailure(failure, outcome, limits.slowMs);
  };
  const done: Reproducer[] = [];
  try {
    const firsts = firstOfEachGroup(failures);
    for (const [n, failure] of firsts.entries()) {
      if (!(await stillFails(failure, failure.text, false))) {
        done.push({ failure, bytes: failure.text.length, minimised: false });
        continue;
      }
      const inTime = performance.now() < deadline;
      const share = Math.max(EACH_MS[failure.runner], (deadline - performance.now()) / (firsts.length - n));
      const timed = failure.kind === "hang" || failure.kind === "slow";
      const budget = { deadline: Math.min(deadline, performance.now() + share), tries: inTime ? TRIES[failure.runner] : 0 };
      const small = await minimise(failure.text, (text) => stillFails(failure, text, timed), budget);
      const path = saveCase(folder, failure, small);
      campaign.log(`saved ${path} (${failure.kind}, ${failure.text.length} → ${small.length} characters)`);
      done.push({ failure, path, bytes: small.length, minimised: inTime });
    }
  } finally {
    slots.plain.close();
    slots.strict.close();
  }
  return done;
}
