// Reading the example notes into the model, in-process (target ≤ 50 ms on the 2-core machine).
// Run after `npm run build:ts`: node bench/model.mjs
import { loadModel } from "../dist/model/index.js";

const examples = ["../shared/examples/notes-ko.md", "../shared/examples/notes-en.md"];

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
console.log(`peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
