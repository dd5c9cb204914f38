// Sums a .cpuprofile (as bench/watch.mjs --cpu-prof writes) by function and by file: self time and total
// (inclusive) time, each as milliseconds per rebuild when --per N names how many rebuilds it holds.
//
//   node scripts/profile-summary.mjs file.cpuprofile [--per N] [--top 40] [--match regex]
// --match prints the inclusive time of every function whose name or file matches (for phases).
import { readFile } from "node:fs/promises";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args[i + 1];
};
const profile = JSON.parse(await readFile(args[0], "utf8"));
const per = Number(option("--per", "1"));
const top = Number(option("--top", "40"));
const match = option("--match", undefined);

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const self = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
}
const short = (url) => url.replace(/^.*\/(node_modules\/|dist\/|src\/)/, "$1");
const nameOf = (node) => `${node.callFrame.functionName || "(anonymous)"} ${short(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
const bySelf = new Map();
const byFile = new Map();
const byTotal = new Map();
let total = 0;
for (const [id, ms] of self) {
  total += ms;
  const node = nodes.get(id);
  const name = nameOf(node);
  bySelf.set(name, (bySelf.get(name) ?? 0) + ms);
  const file = short(node.callFrame.url) || node.callFrame.functionName;
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
  // Inclusive: each distinct function on the stack once.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const n = nameOf(nodes.get(at));
    if (seen.has(n)) continue;
    seen.add(n);
    byTotal.set(n, (byTotal.get(n) ?? 0) + ms);
  }
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(ms / per).toFixed(1).padStart(8)} ms  ${name}`);
};
console.log(`total ${(total / per).toFixed(1)} ms per rebuild (${per} rebuilds)`);
print("self time by file", byFile);
print("self time by function", bySelf);
if (match) {
  const re = new RegExp(match);
  print(`inclusive time of functions matching /${match}/`, new Map([...byTotal].filter(([name]) => re.test(name))));
} else print("inclusive time by function", byTotal);
