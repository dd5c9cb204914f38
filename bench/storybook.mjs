// Story book benchmark. Build first: npx tsc -p tsconfig.build.json; then: node bench/storybook.mjs
// Generates notes with 300 STAR stories and 60 questions, then builds storybook.pdf in a fresh
// process three times; prints the median wall time and the child's peak memory (maxRSS).
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const STORIES = 300;
const PRINCIPLES = ["Ownership", "Dive Deep", "Deliver Results", "Frugality", "Customer Obsession", "Earn Trust", "Bias for Action", "Think Big"];

/** Returns generated notes: STORIES stories (a few with missing parts), some Korean text, 60 questions. */
function notes() {
  const out = ["---", "title: Generated story book", "author: Bench Writer", "role: Engineer", "interview_date: 2026-01-15", "---", "", "## Stories", ""];
  for (let i = 1; i <= STORIES; i++) {
    const tags = [PRINCIPLES[i % PRINCIPLES.length], PRINCIPLES[(i * 3) % PRINCIPLES.length]];
    out.push(`### Story: Generated case number ${i}`, `Principles: ${[...new Set(tags)].join(", ")}`, "");
    out.push(`**Situation:** Service ${i} slowed down every Monday morning and support tickets tripled. 월요일 아침마다 응답이 느려졌음.`, "");
    if (i % 7 !== 0) out.push(`**Task:** Find the cause of slowdown ${i} before the next release without stopping feature work.`, "");
    out.push("**Action:**", `- Traced the slow requests of case ${i} down to one cache that was cleared at midnight.`, "- Added a warm-up job and an alert on the hit rate.", "- 팀에 공유하고 런북을 작성함.", "");
    if (i % 11 !== 0) out.push(`**Result:** Latency for case ${i} fell 40% and tickets went back to the usual level within a week.`, "");
  }
  out.push("## Questions", "");
  for (let q = 1; q <= 60; q++) out.push(`### Tell me about time number ${q} you fixed something nobody owned.`, `Use *Generated case number ${q}*. Lead with the result.`, "");
  return out.join("\n");
}

async function once(file) {
  const { loadModel } = await import("../dist/model/index.js");
  const { resolveSettings } = await import("../dist/config.js");
  const { emit, productDocument } = await import("../dist/build.js");
  const loaded = await loadModel([file], { cwd: root });
  if (!loaded.model) throw new Error("no model");
  const settings = resolveSettings(root, [file], {});
  const output = await emit(await productDocument(loaded.model, "storybook", settings), "pdf", settings);
  const result = { pages: output.pages, stories: loaded.model.stories.length, bytes: output.files[0].bytes.length, maxRSS: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(result));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const file = join(mkdtempSync(join(tmpdir(), "storybook-bench-")), "notes.md");
  writeFileSync(file, notes());
  const times = [];
  let peak = 0;
  let last;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [here, "--once", file], { encoding: "utf8", env: { ...process.env, SOURCE_DATE_EPOCH: "0" } });
    times.push((performance.now() - start) / 1000);
    if (child.status !== 0) throw new Error(child.stderr);
    last = JSON.parse(child.stdout);
    peak = Math.max(peak, last.maxRSS);
  }
  console.log(`storybook ${last.stories} stories (fresh process): median ${median(times).toFixed(2)} s, peak ${Math.round(peak / 1024)} MB (${last.pages} pages, ${Math.round(last.bytes / 1024)} KB)`);
}

if (process.argv[2] === "--once") await once(process.argv[3]);
else main();
