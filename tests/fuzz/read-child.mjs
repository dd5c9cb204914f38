// Child process of the in-process fuzz runner: reads one note at a time with the real reader
// (`loadModel` with `unplaced: true`) and sends back what happened and the CPU time it took.
// Plain JavaScript because Node 20 cannot run TypeScript: it loads the compiled reader from
// `dist/` (`npm run build:ts`), the same code `src/model/index.ts` compiles to.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadModel } from "../../dist/model/index.js";

const folder = process.argv[2];
const file = join(folder, "notes.md");

process.on("message", async (text) => {
  writeFileSync(file, text);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const spent = () => {
    const used = process.cpuUsage(cpu);
    return { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - started };
  };
  try {
    const { diagnostics } = await loadModel([file], { cwd: folder, unplaced: true });
    const unplaced = diagnostics.filter((d) => d.ruleId === "unplaced-line").map((d) => ({ line: d.line, message: d.message }));
    const errors = diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId);
    process.send({ ...spent(), unplaced, errors });
  } catch (error) {
    const crash = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `thrown: ${String(error)}`;
    process.send({ ...spent(), crash, unplaced: [], errors: [] });
  }
});
