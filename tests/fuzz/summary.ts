/** The report at the end of a fuzz run: counts per runner, then each group of failures with its reproducer. */
import type { CampaignResult, RunnerStats } from "./campaign.js";
import type { Failure } from "./failures.js";
import type { Reproducer } from "./reduce.js";

/** Returns the summary lines of a run. */
export function summary(result: CampaignResult, reproducers: readonly Reproducer[], header: string, totalMs: number): string[] {
  const lines = [header, readLine(result.read), cliLine(result.cli), `total time ${seconds(totalMs)}`];
  const groups = groupCounts(result.failures);
  if (groups.size === 0) return [...lines, "no failures"];
  lines.push(`${groups.size} distinct failure group(s):`);
  for (const [group, { count, first }] of groups) {
    const saved = reproducers.find((r) => r.failure.group === group);
    const where = !saved ? "not saved" : saved.path ? `${saved.path}${saved.minimised ? "" : " (not minimised: out of time)"}` : "did not fail again (not saved)";
    lines.push(`  ${count}× ${group}`);
    lines.push(`     first: seed ${first.seed} case ${first.index} (${first.base}; ${first.ops.join(", ")}): ${first.detail}`);
    lines.push(`     reproducer: ${where}`);
  }
  return lines;
}

/** Returns true when a run found something that must be fixed: a crash, hang, slow case, unplaced line or invalid PDF. */
export function failed(result: CampaignResult): boolean {
  return result.failures.length > 0;
}

function readLine(s: RunnerStats): string {
  return `in-process: ${s.cases} cases in ${seconds(s.ms)}: ${s.crashes} crashes, ${s.hangs} hangs, ${s.slow} slow, ${s.unplaced} with unplaced lines (${s.unplacedLines} lines); ${s.refused} refused with an error diagnostic${rules(s)}`;
}

function cliLine(s: RunnerStats): string {
  return `cli: ${s.cases} builds in ${seconds(s.ms)}: ${s.crashes} crashes, ${s.hangs} hangs, ${s.invalidPdfs} invalid PDFs; ${s.refused} exited 1${rules(s)}`;
}

/** Returns how often each error rule refused a case, most frequent first: " (rule n, …)". */
function rules(s: RunnerStats): string {
  const list = Object.entries(s.refusedBy).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`);
  return list.length > 0 ? ` (${list.join(", ")})` : "";
}

function groupCounts(failures: readonly Failure[]): Map<string, { count: number; first: Failure }> {
  const groups = new Map<string, { count: number; first: Failure }>();
  for (const failure of failures) {
    const known = groups.get(failure.group);
    if (known) known.count++;
    else groups.set(failure.group, { count: 1, first: failure });
  }
  return groups;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
