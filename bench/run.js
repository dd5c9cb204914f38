// Runs every benchmark in this folder, one after another, each in its own process.
// `npm run bench` compiles first (see package.json), so the numbers are for the shipped JavaScript.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
let failed = 0;
for (const file of readdirSync(here).filter((f) => f.endsWith(".mjs")).sort()) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  console.log(`# ${file}`);
  const run = spawnSync(process.execPath, [join(here, file)], { stdio: "inherit", cwd: join(here, "..") });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
