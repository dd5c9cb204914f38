// Flashcards benchmark. Build first: npx tsc -p tsconfig.build.json; then: node bench/flashcards.mjs
// Builds the cards of 200 generated questions with `prep-print build --only flashcards` in a
// fresh process, 5 times, and prints the median wall time and the peak memory of the child.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const QUESTIONS = 200;

function notes() {
  const lines = ["---", "title: Bench deck", "language: en", "---", "", "## Expected questions", ""];
  for (let i = 1; i <= QUESTIONS; i++) {
    lines.push(`${i}. How did you handle situation number ${i} when the deadline moved?`);
    lines.push(`   - First point for question ${i}: what I did and why it mattered`);
    lines.push(`   - Second point: the result, a 20% faster release for team ${i}`);
  }
  return lines.join("\n") + "\n";
}

// The child: run the real command line in this process, then report its peak memory.
async function once(dir, out) {
  const { run } = await import("../dist/cli.js");
  let stderr = "";
  const io = { stdout: () => {}, stderr: (t) => (stderr += t), cwd: dir, env: {}, color: false };
  const code = await run(["build", ".", "--only", "flashcards", "-o", out], io);
  if (code !== 0) throw new Error(`build failed (${code}): ${stderr}`);
  process.stdout.write(JSON.stringify({ maxRSS: process.resourceUsage().maxRSS }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const dir = mkdtempSync(join(tmpdir(), "bench-flashcards-"));
  try {
    writeFileSync(join(dir, "notes.md"), notes());
    const times = [];
    let peak = 0;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const child = spawnSync(process.execPath, [here, "--once", dir, "out"], { encoding: "utf8" });
      times.push((performance.now() - start) / 1000);
      if (child.status !== 0) throw new Error(child.stderr);
      peak = Math.max(peak, JSON.parse(child.stdout).maxRSS);
    }
    console.log(`flashcards ${QUESTIONS} questions (fresh process): median ${median(times).toFixed(2)} s, peak ${Math.round(peak / 1024)} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf("--once");
if (at !== -1) await once(process.argv[at + 1], process.argv[at + 2]);
else main();
