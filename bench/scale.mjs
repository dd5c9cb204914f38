// Whole builds of large and hostile notes (issue #13), each a fresh process building all three PDFs:
// generated notes of 160 KB (and, with `--sizes 160,1024,5120`, larger ones: a 1 MB build takes
// about 40 s of CPU here, 5 MB about 5 minutes; run one at a time), a list nested 30 deep and a line of 1 MB. Prints CPU time (user + system,
// all threads; the builds run on one thread, as notes over a million characters always do, so that
// sizes compare), wall time and peak resident memory of each, and CPU time per KB against the
// smallest size. Targets: time per KB at 5 MB ≤ 2 × that at 160 KB, peak < 1.5 GB at 5 MB;
// depth 30 and the 1 MB line under 5 s each (or a located error in under 1 s).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "./generate-notes.js";

const sizesArg = process.argv.indexOf("--sizes");
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(",").map(Number) : [160];
const dir = mkdtempSync(join(tmpdir(), "prep-print-bench-scale-"));
const reporter = join(dir, "usage.mjs");
writeFileSync(reporter, `process.on("exit", () => { const u = process.resourceUsage(); process.stderr.write("\\nusage " + ((u.userCPUTime + u.systemCPUTime) / 1000).toFixed(0) + " " + (u.maxRSS / 1024).toFixed(0) + "\\n"); });\n`);

/** Builds `notes` (markdown) in a fresh process; returns CPU ms, wall ms, peak MB and the build's total line. */
function buildOnce(name, notes) {
  const file = join(dir, `${name}.md`);
  writeFileSync(file, notes);
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--import", reporter, "bin/prep-print.js", "build", file, "-o", join(dir, `out-${name}`)], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PREP_PRINT_THREADS: "1" } });
  const wall = performance.now() - start;
  const [, cpu, peak] = /usage (\d+) (\d+)/.exec(run.stderr) ?? [];
  const total = /^\d+ of \d+ built.*$/m.exec(run.stdout)?.[0] ?? `exit ${run.status}`;
  const errors = [...run.stderr.matchAll(/ error (.{0,90})/g)].map((m) => m[1]);
  return { cpu: Number(cpu), wall, peak: Number(peak), total, errors };
}

function show(label, r) {
  console.log(`${label}: CPU ${(r.cpu / 1000).toFixed(1)} s, wall ${(r.wall / 1000).toFixed(1)} s, peak ${r.peak} MB — ${r.total}`);
  for (const e of r.errors.slice(0, 2)) console.log(`    error ${e}`);
}

try {
  const perKb = [];
  for (const kb of sizes) {
    const r = buildOnce(`notes-${kb}`, generate(kb));
    show(`build of ${kb} KB generated notes`, r);
    perKb.push([kb, r.cpu / kb]);
  }
  if (perKb.length > 1) {
    const [first, last] = [perKb[0], perKb.at(-1)];
    console.log(`CPU per KB at ${last[0]} KB / at ${first[0]} KB: ${(last[1] / first[1]).toFixed(2)} (target ≤ 2)`);
  }
  const deep = Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i)}- level ${i + 1} of the plan`).join("\n");
  show("a list nested 30 deep, the answer to a question", buildOnce("deep", `## Questions\n\n### Tell me about a plan that went deep?\n\n${deep}\n`));
  const words = Array.from({ length: 1024 * 1024 / 8 }, (_, i) => `word${i % 1000}`).join(" ");
  show("a 1 MB line in a result", buildOnce("line", `## Story: long\n\nS: a\n\nT: b\n\nA: c\n\nR: ${words}\n`));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
