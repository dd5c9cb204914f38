/** Test helper: `build --watch` run in-process on a temp folder, with ways to wait for its builds. */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watchBuild } from "../../src/commands/build-command.js";
import { readPdf } from "../pdf.js";

/** A running `build --watch`. */
export interface Watching {
  dir: string;
  /** Everything printed so far. */
  stdout(): string;
  stderr(): string;
  /** Builds finished so far (each ends with its `N of M built in …` line). */
  builds(): number;
  /** Resolves once `count` builds have finished; rejects after `ms` (the output so far in the message). */
  untilBuilds(count: number, ms?: number): Promise<void>;
  /** Resolves once `count` rebuilds have started (each starts with its `changed: …` line); rejects after `ms`. */
  untilRebuildsStarted(count: number, ms?: number): Promise<void>;
  /** Resolves once `check()` is true (checked after each line printed); rejects after `ms`. */
  untilBuilt(check: () => Promise<boolean>, ms?: number): Promise<void>;
  /** Stops watching; resolves to the exit code. */
  stop(): Promise<number>;
}

/** A minimal English note whose one question (and so the cheat sheet) says `word`. */
export function note(word: string): string {
  return `---\ntitle: Watch test\nlanguage: en\n---\n\n## Questions\n\n1. Why this team? ${word}\n   - Because of the work.\n`;
}

/** Returns a fresh temp folder. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "prep-print-watch-"));
}

/** Returns the text of a PDF's pages, pieces joined by spaces ("" when it is not there or not whole). */
export async function pdfText(path: string): Promise<string> {
  try {
    const read = await readPdf(new Uint8Array(await readFile(path)));
    return read.pages.map((p) => p.items.map((i) => i.str).join(" ")).join("\n");
  } catch {
    return "";
  }
}

const BUILT = /^\d+ of \d+ built in /gm;

/** Starts `prep-print build <paths> --watch` in `dir` with `options` (commander's names) and a short quiet time. */
export function startWatch(dir: string, paths: string[], options: Record<string, unknown> = {}, quietMs = 20): Watching {
  let out = "";
  let err = "";
  const waiters = new Set<() => void>();
  const wake = (): void => {
    for (const w of [...waiters]) w();
  };
  const stop = new AbortController();
  const io = {
    stdout: (s: string) => {
      out += s;
      wake();
    },
    stderr: (s: string) => {
      err += s;
      wake();
    },
    cwd: dir,
    env: {},
    color: false,
  };
  const done = watchBuild(paths, { watch: true, ...options }, io, { signal: stop.signal, quietMs });
  const builds = (): number => out.match(BUILT)?.length ?? 0;
  const until = (ready: () => Promise<boolean>, ms: number, what: string): Promise<void> =>
    new Promise((resolve, reject) => {
      let checking = false;
      let again = false;
      const check = async (): Promise<void> => {
        // A wake-up while checking checks again afterwards: the state may have changed since the check began.
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        let ok = await ready();
        while (!ok && again) {
          again = false;
          ok = await ready();
        }
        checking = false;
        if (!ok) return;
        waiters.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      const wake = (): void => void check();
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`timed out waiting for ${what}\n--- stdout\n${out}\n--- stderr\n${err}`));
      }, ms);
      waiters.add(wake);
      wake();
    });
  return {
    dir,
    stdout: () => out,
    stderr: () => err,
    builds,
    untilBuilds: (count, ms = 10_000) => until(async () => builds() >= count, ms, `${count} builds`),
    untilRebuildsStarted: (count, ms = 10_000) => until(async () => (out.match(/^changed: /gm)?.length ?? 0) >= count, ms, `${count} rebuilds to start`),
    untilBuilt: (check, ms = 10_000) => until(check, ms, "a build that passes the check"),
    stop: async () => {
      stop.abort();
      return done;
    },
  };
}
