// Typesetter benchmark. Build first: npx tsc -p tsconfig.build.json; then: node bench/typeset.mjs
// (a) typeset notes-ko.md to one PDF in a fresh process, median of 5 runs;
// (b) in-process one-page fit search (3 columns on A4), median of 5 runs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
const notesPath = new URL("../../shared/examples/notes-ko.md", import.meta.url);
const A4 = [595.28, 841.89];
const settings = { fontSize: 10.5, lineHeight: 1.6, paragraphGap: 7, align: "justify" };
const margins = { top: 48, right: 48, bottom: 48, left: 48 };

function notes() {
  return readFileSync(notesPath, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
}

async function once() {
  const ts = await import("../dist/emit/pdf/typeset/index.js");
  const { parseMarkdown } = await import("../dist/markdown/parse.js");
  const doc = await ts.createPdf({ size: A4, info: { title: "notes-ko" } });
  doc.flowPages(parseMarkdown(notes()), { margins, columns: 1, gap: 0 }, settings);
  const bytes = await doc.end();
  process.stdout.write(JSON.stringify({ bytes: bytes.length, maxRSS: process.resourceUsage().maxRSS }));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const times = [];
  let peak = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const child = spawnSync(process.execPath, [here, "--once"], { encoding: "utf8" });
    times.push((performance.now() - start) / 1000);
    if (child.status !== 0) throw new Error(child.stderr);
    peak = Math.max(peak, JSON.parse(child.stdout).maxRSS);
  }
  console.log(`typeset notes-ko (fresh process): median ${median(times).toFixed(2)} s, peak ${Math.round(peak / 1024)} MB`);

  const ts = await import("../dist/emit/pdf/typeset/index.js");
  const { parseMarkdown } = await import("../dist/markdown/parse.js");
  const blocks = parseMarkdown(notes());
  const boxes = ts.frameBoxes(A4, margins, 3, 12);
  const fits = [];
  let result;
  for (let i = 0; i < 5; i++) {
    const doc = await ts.createPdf({ size: A4 });
    const start = performance.now();
    result = doc.fit(blocks, boxes, settings, { minScale: 0.4, maxScale: 1.5 });
    fits.push(performance.now() - start);
  }
  const rss = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`fit notes-ko on one A4 page, 3 columns (in-process): median ${median(fits).toFixed(0)} ms, scale ${result.scale.toFixed(3)}, fits ${result.fits}, peak ${rss} MB`);
}

if (process.argv.includes("--once")) await once();
else await main();
