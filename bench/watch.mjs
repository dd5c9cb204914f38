// `build --watch` on a copy of content/ (or the notes named): one-line edits of the notes, one at a time,
// each waited for. Prints the median time from a save to the end of its rebuild (the quiet time included),
// the median of the build alone as the build reports it, the CPU time per rebuild (both threads), and the
// resident memory after the first and the last rebuild.
//
//   node [--expose-gc] bench/watch.mjs [--rebuilds N] [--notes file-or-folder] [--only products] [--line regex]
// (with --expose-gc it also prints the live heap after a full collection, to tell a leak from uncollected garbage)
//   --cpu-prof file   profiles the rebuilds after the first --warm (default 20) into `file` (a .cpuprofile for
//                     Chrome DevTools; `node scripts/profile-summary.mjs file` sums it by function and file)
//
// Compiled code (dist/): run `npm run build:ts` first, or `npm run bench -- watch`.
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { watchBuild } from "../dist/commands/build-command.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const rebuilds = Number(option("--rebuilds", "50"));
const notes = resolve(option("--notes", "content"));
const only = option("--only", undefined);
const profileTo = option("--cpu-prof", undefined);
const warm = Number(option("--warm", "20"));

const dir = await mkdtemp(join(tmpdir(), "prep-print-bench-watch-"));
const folder = (await stat(notes)).isDirectory();
await cp(notes, join(dir, basename(notes)), { recursive: true });
const notesFile = folder ? join(dir, basename(notes), "notes.md") : join(dir, basename(notes));
const original = await readFile(notesFile, "utf8");
const lines = original.split("\n");
// The line edited: the first that --line matches; by default the first answer or action line (every
// product prints it), else the last non-blank line. `--line '^\s*S:'` edits a story's situation, which
// the cheat sheet does not print (so its PDF is kept).
const pattern = new RegExp(option("--line", "^\\s*(?:[-*]\\s+)?(?:\\*\\*)?(?:A|Action)(?:\\*\\*)?:"));
let at = lines.findIndex((line) => pattern.test(line));
if (at === -1) at = lines.findLastIndex((line) => line.trim() !== "");

let out = "";
let onBuilt = () => undefined;
/** When the rebuild under way began (its `changed:` line): the build alone is timed from there, to the sub-millisecond. */
let began = NaN;
const io = {
  stdout: (s) => {
    out += s;
    if (/^\s*changed: /.test(s)) began = performance.now();
    if (/^\d+ of \d+ built in /m.test(s)) onBuilt(s);
  },
  stderr: () => undefined,
  cwd: dir,
  env: process.env,
  color: false,
};
const nextBuild = () => new Promise((resolve) => (onBuilt = resolve));
const stop = new AbortController();
const first = nextBuild();
const running = watchBuild([basename(notes)], { watch: true, ...(only ? { only } : {}) }, io, { signal: stop.signal });
await first;

const saveToBuilt = [];
const buildAlone = [];
const cpu = [];
let rssFirst = 0;
let heapFirst = 0;
/** Live heap after a full collection (only with `node --expose-gc`): tells a leak from garbage not yet collected. */
const liveHeap = () => {
  if (typeof globalThis.gc !== "function") return NaN;
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
let session;
for (let i = 1; i <= rebuilds; i++) {
  if (profileTo && i === Math.min(warm, rebuilds - 1) + 1) {
    session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 100 });
    await session.post("Profiler.start");
  }
  const edited = lines.map((line, n) => (n === at ? `${line} (edit ${i})` : line)).join("\n");
  const built = nextBuild();
  const cpuBefore = process.cpuUsage();
  const saved = performance.now();
  await writeFile(notesFile, edited);
  await built;
  const now = performance.now();
  saveToBuilt.push(now - saved);
  const used = process.cpuUsage(cpuBefore);
  cpu.push((used.user + used.system) / 1000);
  buildAlone.push(now - began);
  if (i === 1) {
    rssFirst = process.memoryUsage().rss;
    heapFirst = liveHeap();
  }
}
if (session) {
  const { profile } = await session.post("Profiler.stop");
  await writeFile(resolve(profileTo), JSON.stringify(profile));
  session.disconnect();
}
const rssLast = process.memoryUsage().rss;
const heapLast = liveHeap();
stop.abort();
await running;
await rm(dir, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const ms = (value) => `${Math.round(value)} ms`;
/** The fastest tenth's bound: on a machine others share, closer to what a rebuild costs than the median. */
const tenth = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 10)] ?? NaN;
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const threads = process.env.PREP_PRINT_THREADS ? ` PREP_PRINT_THREADS=${process.env.PREP_PRINT_THREADS}` : "";
console.log(`watch rebuild after a one-line edit of ${basename(notes)} (line ${at + 1})${only ? ` (--only ${only})` : ""}${threads}, ${rebuilds} rebuilds (medians):`);
console.log(`  save → rebuilt   ${ms(median(saveToBuilt))}   (build alone ${ms(median(buildAlone))}; CPU ${ms(median(cpu))} per rebuild, both threads)`);
console.log(`  fastest tenth: save → rebuilt ${ms(tenth(saveToBuilt))}, build alone ${ms(tenth(buildAlone))}, CPU ${ms(tenth(cpu))}`);
console.log(`  RSS after rebuild 1: ${mb(rssFirst)}; after rebuild ${rebuilds}: ${mb(rssLast)}`);
if (!Number.isNaN(heapFirst)) console.log(`  live heap (this thread, after a full GC) after rebuild 1: ${mb(heapFirst)}; after rebuild ${rebuilds}: ${mb(heapLast)}`);
