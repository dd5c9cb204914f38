/**
 * In-process runner: reads notes with the real reader in a child process per lane, one
 * note at a time, so a note that hangs or exhausts memory costs one child (ended and
 * replaced), never the run. A child rather than a worker thread because a process's CPU
 * time can be watched (see watchdog.ts) and its heap capped like the CLI's.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watchProcess, type Limits } from "./watchdog.js";

/** What reading one note did. */
export interface ReadOutcome {
  /** `hang`: over the CPU (or wall) limit; `crash`: an exception, or the child died. */
  kind: "done" | "crash" | "hang";
  /** CPU time the reader took (the limit for a hang). */
  ms: number;
  crash?: string;
  /** `unplaced-line` diagnostics: the file line and the message quoting it. */
  unplaced: { line: number; message: string }[];
  /** Rule ids of error diagnostics (a refused note is not a failure, but worth counting). */
  errors: string[];
}

export interface ReaderOptions {
  /** Checkout root: the child loads `dist/model/index.js` from it. */
  root: string;
  /** CPU time past which a read is a hang. */
  timeoutMs: number;
  /** Heap limit of each child: past it the child dies and the note counts as a crash. */
  memoryMb: number;
}

/** One reader child and the temp folder it writes notes into; replaced when it hangs or dies. */
export class ReaderSlot {
  private child: ChildProcess | null = null;
  private stderr = "";
  private readonly folder = mkdtempSync(join(tmpdir(), "prep-print-fuzz-read-"));

  constructor(private readonly options: ReaderOptions) {}

  /** Returns what reading `text` as a note did. */
  read(text: string): Promise<ReadOutcome> {
    const child = this.child ?? this.spawn();
    const limits: Limits = { cpuMs: this.options.timeoutMs, wallMs: this.options.timeoutMs * 12 };
    return new Promise((resolve) => {
      const finish = (outcome: ReadOutcome, broken: boolean): void => {
        watch.stop();
        child.off("message", onMessage).off("close", onClose);
        if (broken) this.drop(child);
        resolve(outcome);
      };
      const onMessage = (message: unknown): void => finish(outcomeOf(message), false);
      // `close`, not `exit`: by then the child's last words on stderr have arrived.
      const onClose = (code: number | null, signal: string | null): void => finish(crashed(this.death(code, signal)), true);
      child.on("message", onMessage).on("close", onClose);
      const watch = watchProcess(child.pid ?? 0, limits, (reason) => finish({ kind: "hang", ms: this.options.timeoutMs, crash: reason, unplaced: [], errors: [] }, true));
      child.send(text);
    });
  }

  /** Ends the child and removes the temp folder. */
  close(): void {
    if (this.child) this.drop(this.child);
    rmSync(this.folder, { recursive: true, force: true });
  }

  private spawn(): ChildProcess {
    const script = join(this.options.root, "tests", "fuzz", "read-child.mjs");
    const child = fork(script, [this.folder], { execArgv: [`--max-old-space-size=${this.options.memoryMb}`], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => void (this.stderr = (this.stderr + chunk.toString()).slice(-4096)));
    // Sending to a child that just died fails: the exit handler reports the crash.
    child.on("error", () => this.drop(child)).on("exit", () => this.drop(child));
    this.child = child;
    return child;
  }

  private drop(child: ChildProcess): void {
    if (this.child === child) this.child = null;
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }

  private death(code: number | null, signal: string | null): string {
    const memory = /heap limit|out of memory|Invalid string length|allocation failed/i.exec(this.stderr);
    return `${memory ? "out of memory: " : ""}the reader died (exit ${code ?? signal}): ${this.stderr.trim().split("\n").slice(-1)[0] ?? ""}`;
  }
}

/** Returns `count` reader slots (one child each, started on first use). */
export function readerSlots(count: number, options: ReaderOptions): ReaderSlot[] {
  return Array.from({ length: count }, () => new ReaderSlot(options));
}

function crashed(crash: string): ReadOutcome {
  return { kind: "crash", ms: 0, crash, unplaced: [], errors: [] };
}

/** Returns the outcome a child sent, checked field by field (it crosses a process boundary). */
function outcomeOf(message: unknown): ReadOutcome {
  if (typeof message !== "object" || message === null) return crashed(`the reader sent ${String(message)}`);
  const ms = "cpuMs" in message && typeof message.cpuMs === "number" ? message.cpuMs : 0;
  const unplaced = "unplaced" in message && Array.isArray(message.unplaced) ? message.unplaced.flatMap(unplacedLine) : [];
  const errors = "errors" in message && Array.isArray(message.errors) ? message.errors.filter((e): e is string => typeof e === "string") : [];
  if ("crash" in message && typeof message.crash === "string") return { kind: "crash", ms, crash: message.crash, unplaced, errors };
  return { kind: "done", ms, unplaced, errors };
}

function unplacedLine(value: unknown): { line: number; message: string }[] {
  if (typeof value !== "object" || value === null) return [];
  const line = "line" in value && typeof value.line === "number" ? value.line : 0;
  const message = "message" in value && typeof value.message === "string" ? value.message : "";
  return [{ line, message }];
}
