// Reading notes into the model, in-process. Run after `npm run build:ts`: node bench/model.mjs
// 1. The example notes (target: notes-ko.md ≤ 50 ms, median of 30 reads on the 2-core machine).
// 2. Scale: generated notes of 160 KB, 1 MB and 5 MB (target: time per KB at 5 MB no more than
//    twice that at 160 KB — reading and linking are linear, not questions × stories). Each size
//    is read three times after a warm-up; the median CPU time (less sensitive than wall time to
//    other work on a shared machine) and the median wall time are printed.
//    `--unplaced` also runs the independent unplaced-lines check, as `check --unplaced` does.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadModel } from "../dist/model/index.js";
import { generate } from "./generate-notes.js";

const examples = ["../shared/examples/notes-ko.md", "../shared/examples/notes-en.md"];
const unplaced = process.argv.includes("--unplaced");

const first = performance.now();
await loadModel([examples[0]], { cwd: process.cwd() });
console.log(`model notes-ko.md, first read in a fresh process (catalogue load, JIT cold): ${(performance.now() - first).toFixed(1)} ms`);
for (const path of examples) {
  const times = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await loadModel([path], { cwd: process.cwd() });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`model ${path.split("/").pop()} (in-process): median ${median.toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms (target ≤ 50 ms)`);
}

const dir = mkdtempSync(join(tmpdir(), "bench-model-"));
try {
  const perKb = {};
  for (const kb of [160, 1024, 5120]) {
    const file = join(dir, `notes-${kb}.md`);
    writeFileSync(file, generate(kb));
    await loadModel([file], { cwd: dir, unplaced }); // warm
    const runs = [];
    let model;
    for (let i = 0; i < 3; i++) {
      const wall = performance.now();
      const cpu = process.cpuUsage();
      ({ model } = await loadModel([file], { cwd: dir, unplaced }));
      const used = process.cpuUsage(cpu);
      runs.push({ wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 });
    }
    const mid = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[1];
    perKb[kb] = mid("cpu") / kb;
    console.log(`model of ${kb} KB generated notes${unplaced ? " with --unplaced" : ""}: CPU ${mid("cpu").toFixed(0)} ms (${perKb[kb].toFixed(2)} ms/KB), wall ${mid("wall").toFixed(0)} ms; ${model.questions.length} questions, ${model.stories.length} stories`);
  }
  const ratio = perKb[5120] / perKb[160];
  console.log(`CPU time per KB at 5 MB / at 160 KB: ${ratio.toFixed(2)} (target ≤ 2)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
