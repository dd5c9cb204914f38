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

/** Notes of about `kb` KB in the shapes people write: questions with stories, story sections, principles with questions. */
function generate(kb) {
  const blocks = ["---", "title: Scale", "---", ""];
  let size = 0;
  for (let i = 1; size < kb * 1024; i++) {
    const block = [
      "**예상질문**", "",
      `${i}. 고객을 위해 문제 ${i}번을 해결한 경험은?`,
      `   1) 정산 배치 ${i}번 재작성 ->`,
      `   S: 월말 정산 배치 ${i}번이 여섯 시간 넘게 걸림`,
      "   T: 배치 시간을 절반 이하로",
      "   A: 거래처별로 나눠 병렬로 돌림",
      `   R: ${i % 90}% 단축`, "",
      `## Story: Cache cleanup ${i}`,
      "Principles: Frugality, Dive Deep",
      `**Situation:** cache cluster ${i} ran at 10% use.`,
      "**Task:** cut the cost.",
      "**Action:** merged the clusters and moved the keys.",
      `**Result:** saved ${i * 10} dollars a month.`,
      "**Why it fits**: money saved without buying anything.", "",
      `## ${i % 16 + 1}. Ownership`,
      "Owners act for the whole company.",
      `- Tell me about a time you fixed problem ${i} outside your team.`,
      `    -- used Cache cleanup ${i}`,
      `- 정산 배치 ${i}번 이야기를 해 주세요.`, "",
    ].join("\n");
    blocks.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return blocks.join("\n");
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
