/** `prep-print build`: the PDFs, one summary line each, and the total time. */
import { watch } from "node:fs";
import { relative, resolve } from "node:path";
import { build } from "../build.js";
import { resolveSettings, type Settings } from "../config.js";
import { EXIT_CONTENT_ERROR, hasFailures } from "../diagnostics.js";
import type { Io } from "../io.js";
import { report, shownPath } from "./report.js";

/** Builds once (or on every change with `--watch`); returns the exit code. */
export async function buildCommand(paths: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, paths, options);
  const code = await buildOnce(settings, io);
  if (!settings.watch) return code;
  return watchAndRebuild(settings, io);
}

async function buildOnce(settings: Settings, io: Io): Promise<number> {
  const started = performance.now();
  const { artifacts, readiness, built, failed, diagnostics } = await build(settings);
  const code = report(diagnostics, io, { strict: settings.strict });
  for (const a of artifacts) {
    const pages = a.pages === null ? [] : [`${a.pages} ${a.pages === 1 ? "page" : "pages"}`];
    const words = [...pages, ...(a.summary ? [a.summary] : [])].join(", ");
    io.stdout(`${shownPath(settings.cwd, a.path)}  ${words}  ${seconds(a.milliseconds)}\n`);
  }
  const total = `${built} of ${built + failed} built in ${seconds(performance.now() - started)}`;
  io.stdout(failed > 0 ? `${total}; ${failed} failed (previous files kept)\n` : `${total}\n`);
  if (readiness) io.stdout(`${readiness}\n`);
  return failed > 0 || hasFailures(diagnostics, settings.strict) ? EXIT_CONTENT_ERROR : code;
}

function watchAndRebuild(settings: Settings, io: Io): Promise<number> {
  const folders = [...settings.inputs.map((p) => resolve(settings.cwd, p)), ...(settings.templatesDir ? [settings.templatesDir] : [])];
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  const rebuild = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => buildOnce(settings, io));
    }, 150);
  };
  const watchers = folders.map((folder) => watch(folder, { recursive: true }, rebuild));
  io.stdout(`watching ${folders.map((f) => relative(settings.cwd, f) || ".").join(", ")} (Ctrl-C to stop)\n`);
  return new Promise((resolve) => {
    process.once("SIGINT", () => {
      for (const w of watchers) w.close();
      clearTimeout(timer);
      void running.then(resolve);
    });
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
