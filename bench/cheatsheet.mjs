// Cheat sheet benchmark. Build first: npx tsc -p tsconfig.build.json; then: node bench/cheatsheet.mjs
// Runs `prep-print build notes-ko.md --only cheatsheet` in a fresh process 7 times: median wall time, peak RSS.
// `--imports` also times the dynamic import of each module the build loads, in a fresh process.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const notes = fileURLToPath(new URL("../../shared/examples/notes-ko.md", import.meta.url));
const RUNS = 7;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function runOnce(out) {
  // A wrapper reports the child's peak RSS once the CLI exits; it runs in the temp folder and writes to ./out.
  const wrapper = `process.on("exit", () => process.stderr.write("\\nRSS " + process.resourceUsage().maxRSS + "\\n")); process.argv = [process.argv[0], "prep-print", ...${JSON.stringify(["build", notes, "--only", "cheatsheet", "-o", "out"])}]; await import(${JSON.stringify(join(root, "bin/prep-print.js"))});`;
  const start = performance.now();
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", wrapper], { cwd: out, encoding: "utf8" });
  const seconds = (performance.now() - start) / 1000;
  const rss = Number(/RSS (\d+)/.exec(child.stderr)?.[1] ?? 0);
  if (child.status !== 0) throw new Error(`build failed (${child.status}): ${child.stderr}${child.stdout}`);
  return { seconds, rss };
}

function importTimes() {
  const modules = ["pdfkit", "fontkit", "marked", "handlebars", "gray-matter", "commander", "yaml", "./dist/model/index.js", "./dist/templates/index.js", "./dist/markdown/parse.js", "./dist/emit/pdf/typeset/index.js", "./dist/products/cheatsheet/index.js", "./dist/emit/pdf/index.js"];
  for (const name of modules) {
    const code = `const t = performance.now(); await import(${JSON.stringify(name.startsWith(".") ? join(root, name) : name)}); console.log((performance.now() - t).toFixed(0));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
    console.log(`  import ${name}: ${child.stdout.trim() || child.stderr.split("\n")[0]} ms (fresh process)`);
  }
  const bare = spawnSync(process.execPath, ["-e", "0"]);
  if (bare.status !== 0) throw new Error("node did not start");
}

const out = mkdtempSync(join(tmpdir(), "prep-print-bench-"));
const runs = Array.from({ length: RUNS }, () => runOnce(out));
const seconds = median(runs.map((r) => r.seconds));
const peak = Math.max(...runs.map((r) => r.rss)) / 1024;
console.log(`cheatsheet notes-ko (fresh process): median ${seconds.toFixed(2)} s, peak ${Math.round(peak)} MB`);
if (process.argv.includes("--imports")) importTimes();
