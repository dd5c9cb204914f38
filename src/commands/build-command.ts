/** `prep-print build`: the PDFs, one summary line each, and the total time; with `--watch`, again on every save. */
import { resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { build } from "../build.js";
import { CONFIG_FILE, resolveSettings, type Settings } from "../config.js";
import { EXIT_CONTENT_ERROR, EXIT_OK, formatDiagnostic, hasFailures } from "../diagnostics.js";
import { UsageError, type Io } from "../io.js";
import { systemReason } from "../notes/reason.js";
import { isBuiltInCatalogue } from "../model/catalogue.js";
import { Helper } from "../parallel.js";
import type { LockHolder } from "../output-lock.js";
import { ReusableOutputs } from "../reuse.js";
import { totalLine } from "./counts.js";
import { watchFiles, type WatchList } from "../watch.js";
import { schedule } from "../watch-schedule.js";
import { report, shownPath } from "./report.js";
import { WATCH_V8_FLAGS } from "../v8-flags.js";

/** Builds once (or on every change with `--watch`); returns the exit code. */
export async function buildCommand(paths: string[], options: Record<string, unknown>, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, paths, options);
  if (!settings.watch) return buildOnce(settings, io);
  const stop = new AbortController();
  const signals = ["SIGINT", "SIGTERM"] as const;
  const onSignal = (): void => stop.abort();
  for (const s of signals) process.once(s, onSignal);
  try {
    return await watchBuild(paths, options, io, { signal: stop.signal });
  } finally {
    for (const s of signals) process.off(s, onSignal);
  }
}

async function buildOnce(settings: Settings, io: Io, warm?: { helper: Helper | null; reuse: ReusableOutputs }): Promise<number> {
  const started = performance.now();
  const onWait = (holder: LockHolder): void => io.stderr(`waiting for another build (pid ${holder.pid} on ${holder.host}) to finish writing into ${shownPath(settings.cwd, resolve(settings.cwd, settings.outDir))}\n`);
  const { artifacts, readiness, built, failed, kept, diagnostics } = await build(settings, { ...warm, onWait });
  const code = report(diagnostics, io, { strict: settings.strict });
  for (const a of artifacts) {
    const pages = a.pages === null ? [] : [`${a.pages} ${a.pages === 1 ? "page" : "pages"}`];
    const words = [...pages, ...(a.summary ? [a.summary] : [])].join(", ");
    io.stdout(`${shownPath(settings.cwd, a.path)}  ${words}  ${seconds(a.milliseconds)}\n`);
  }
  io.stdout(`${totalLine(built, failed, kept.length, seconds(performance.now() - started))}\n`);
  if (readiness) io.stdout(`${readiness}\n`);
  return failed > 0 || hasFailures(diagnostics, settings.strict) ? EXIT_CONTENT_ERROR : code;
}

/** How `watchBuild` runs: `signal` ends it; `quietMs` is how long changes must pause before a build. */
export interface WatchOptions {
  signal: AbortSignal;
  quietMs?: number;
}

/** How long an editor's save (several file-system events) and a script's burst of writes may take to settle. */
const QUIET_MS = 20;

/**
 * `build --watch`: builds, then builds again after every change of the notes, the templates folder,
 * the config file or a catalogue file, until `signal` is aborted; returns 0. Every problem — in the
 * notes, the config file, the disk, or a program fault — is reported and watching goes on. The
 * process stays warm between builds: fonts, shaping caches, compiled templates and the helper thread are
 * kept, and the cheat sheet is not laid out again when its document is unchanged.
 */
export async function watchBuild(paths: string[], options: Record<string, unknown>, io: Io, watching: WatchOptions): Promise<number> {
  setFlagsFromString(WATCH_V8_FLAGS);
  let settings = resolveSettings(io.cwd, paths, options);
  const helper = settings.formats.includes("pdf") && settings.only.length > 1 ? Helper.start() : null;
  const reusable = new ReusableOutputs();
  const changes = new Set<string>();
  const unwatchable = new Set<string>();
  const rebuild = async (): Promise<void> => {
    if (changes.size > 0) io.stdout(`\n${changeLine([...changes], settings.cwd)}\n`);
    changes.clear();
    const next = rereadSettings(paths, options, io);
    if (next === null) return; // The config file is being edited: its problem is reported; the next save builds.
    settings = next;
    // Before the build reads anything: a folder or note that appeared since is watched from now on.
    watcher.refresh();
    await buildOnce(settings, io, { helper, reuse: reusable });
  };
  const builds = schedule(rebuild, watching.quietMs ?? QUIET_MS, (error) => io.stderr(`prep-print: ${faultMessage(error)}; still watching\n`));
  const watcher = watchFiles(
    () => watchList(settings),
    (path) => {
      changes.add(path);
      builds.request();
    },
    (folder, error) => {
      if (unwatchable.has(folder)) return;
      unwatchable.add(folder);
      io.stderr(`prep-print: cannot watch ${shownPath(settings.cwd, folder)} (${systemReason(error)}); its changes are not seen\n`);
    },
  );
  io.stdout(`watching ${targetsLine(settings)} (Ctrl-C to stop)\n`);
  builds.now();
  await new Promise<void>((done) => {
    if (watching.signal.aborted) done();
    else watching.signal.addEventListener("abort", () => done(), { once: true });
  });
  watcher.close();
  await builds.stop();
  await helper?.close();
  return EXIT_OK;
}

/** Returns the settings as the config file says now, or null after reporting its problem. */
function rereadSettings(paths: string[], options: Record<string, unknown>, io: Io): Settings | null {
  try {
    return resolveSettings(io.cwd, paths, options);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr(`prep-print: ${error.message}; not rebuilt, still watching\n`);
    return null;
  }
}

/** Returns what a build with `settings` reads, and the output folder it writes (never a reason to rebuild). */
export function watchList(settings: Settings): WatchList {
  const at = (path: string): string => resolve(settings.cwd, path);
  // A catalogue named on the command line or in the config file, when it is a file (the model reads the same way).
  const catalogue = settings.catalogue !== null && !isBuiltInCatalogue(settings.catalogue) ? [{ path: at(settings.catalogue), kind: "any" as const }] : [];
  return {
    targets: [
      ...settings.inputs.map((path) => ({ path: at(path), kind: "notes" as const })),
      ...(settings.templatesDir ? [{ path: settings.templatesDir, kind: "any" as const }] : []),
      { path: at(CONFIG_FILE), kind: "any" },
      ...catalogue,
    ],
    ignore: [at(settings.outDir)],
  };
}

function targetsLine(settings: Settings): string {
  const shown = (path: string): string => shownPath(settings.cwd, resolve(settings.cwd, path)) || ".";
  return [...settings.inputs.map(shown), ...(settings.templatesDir ? [shown(settings.templatesDir)] : [])].join(", ");
}

function changeLine(paths: string[], cwd: string): string {
  const [first = "", ...rest] = paths.map((p) => shownPath(cwd, p));
  return `changed: ${first}${rest.length > 0 ? ` and ${rest.length} more` : ""}`;
}

/** Returns a one-line message for an error no stage turned into a diagnostic (a failing disk, a fault). */
function faultMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
