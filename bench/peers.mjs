// Against Typst: `prep-print build` of ../shared/peers/notes.md (all three PDFs) and Typst compiling one
// PDF of the same notes, alternating A B A B in fresh processes; prints the medians and the median of
// the ratios round by round (the target is at most 2.5). Needs the peers installed, which
// `bash ../shared/peers/compare.sh` does once (into $PEERS_DIR, default /tmp/prep-print-peers);
// without them it says so and skips. `--runs N` sets the rounds (default 3, to keep `npm run bench` cheap).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const peers = fileURLToPath(new URL("../../shared/peers/", import.meta.url));
const dir = process.env.PEERS_DIR ?? "/tmp/prep-print-peers";
const runsAt = process.argv.indexOf("--runs");
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
const TARGET = 2.5;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a command once; returns its wall time in seconds and peak RSS in MB. */
function once(argv) {
  const start = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%M", ...argv], { cwd: root, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${argv.join(" ")} failed (${run.status}):\n${run.stdout}${run.stderr}`);
  return { seconds, mb: Number(run.stderr.trim().split("\n").pop()) / 1024 };
}

function compare(notes) {
  const out = mkdtempSync(join(tmpdir(), "prep-print-bench-peers-"));
  try {
    const ours = [process.execPath, join(root, "bin/prep-print.js"), "build", notes, "-o", join(out, "pp")];
    const typst = [process.execPath, join(dir, "typst-run.js"), notes, join(out, "typst.pdf")];
    once(ours);
    once(typst);
    const rounds = Array.from({ length: RUNS }, () => ({ ours: once(ours), typst: once(typst) }));
    const ratio = median(rounds.map((r) => r.ours.seconds / r.typst.seconds));
    const peak = Math.max(...rounds.map((r) => r.ours.mb));
    const name = notes.replace(/^.*\//, "");
    console.log(
      `${name}: prep-print build (3 PDFs) median ${median(rounds.map((r) => r.ours.seconds)).toFixed(2)} s, peak ${peak.toFixed(0)} MB; ` +
        `Typst (1 PDF) ${median(rounds.map((r) => r.typst.seconds)).toFixed(2)} s; ratio ${ratio.toFixed(2)}x (target <= ${TARGET}x${ratio <= TARGET ? ", met" : ", not met"})`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (!existsSync(join(dir, "node_modules", "@myriaddreamin")) || !existsSync(join(dir, "typst-run.js")) || !existsSync("/usr/bin/time")) {
  console.log(`peers not installed in ${dir}: run \`bash ../shared/peers/compare.sh\` once to compare with Typst (skipped)`);
} else {
  compare(join(peers, "notes.md"));
}
