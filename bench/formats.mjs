// What the other formats cost: `build --format pdf` against `build --format pdf,html,anki` of
// the 16 KB notes (../shared/peers/notes.md, or the notes given as the first argument), whole
// processes, alternating A B A B. Target (issue #11): HTML and Anki add at most 15 % to the
// PDF build. CPU time (user + system, all threads: process.cpuUsage() reported at exit by a
// preloaded module) is the figure compared, since wall time swings with other work on the machine.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const notes = process.argv[2] ?? "../shared/peers/notes.md";
const runs = Number(process.argv[3] ?? 7);
if (!existsSync(notes)) {
  console.log(`formats: skipped, ${notes} not found`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), "prep-print-bench-formats-"));
const reporter = join(dir, "cpu.mjs");
writeFileSync(reporter, `process.on("exit", () => { const u = process.cpuUsage(); process.stderr.write("\\ncpu-ms " + ((u.user + u.system) / 1000).toFixed(0) + "\\n"); });\n`);

/** Builds once with `format`; returns the wall and CPU milliseconds. */
function buildOnce(format) {
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--import", reporter, "bin/prep-print.js", "build", notes, "-o", join(dir, "out"), "--format", format], { encoding: "utf8" });
  const wall = performance.now() - start;
  if (run.status !== 0) throw new Error(`build --format ${format} failed:\n${run.stderr}`);
  const cpu = Number(/cpu-ms (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  return { wall, cpu };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const formats = ["pdf", "pdf,html,anki"];
const times = Object.fromEntries(formats.map((f) => [f, { wall: [], cpu: [] }]));
buildOnce("pdf");
for (let i = 0; i < runs; i++) {
  for (const format of formats) {
    const { wall, cpu } = buildOnce(format);
    times[format].wall.push(wall);
    times[format].cpu.push(cpu);
  }
}
rmSync(dir, { recursive: true, force: true });

const base = median(times.pdf.cpu);
for (const format of formats) {
  const cpu = median(times[format].cpu);
  const extra = ((cpu / base - 1) * 100).toFixed(0);
  console.log(`build --format ${format.padEnd(13)} median CPU ${cpu} ms, wall ${median(times[format].wall).toFixed(0)} ms${format === "pdf" ? "" : `  (+${extra} % CPU; target ≤ +15 %)`}`);
}
