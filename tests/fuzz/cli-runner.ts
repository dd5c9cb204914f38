/**
 * CLI runner: builds one note through the real binary (`node bin/prep-print.js build`,
 * compiled by `npm run build:ts`) with a time limit and a heap cap, then checks the exit
 * code, stderr and every PDF written.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkPdf } from "./pdf-check.js";
import { watchProcess } from "./watchdog.js";

/** What building one note did. */
export interface BuildOutcome {
  kind: "done" | "crash" | "hang" | "invalid-pdf";
  code: number | null;
  signal: string | null;
  /** CPU time the build used. */
  ms: number;
  /** Why it failed, in one line; empty when it did not. */
  detail: string;
  /** PDFs written and checked. */
  pdfs: number;
  /** Rule ids of the error diagnostics printed (exit 1 with these is fine, but worth counting). */
  errors: string[];
}

export interface BuildOptions {
  root: string;
  /** CPU time past which a build is a hang (wall time: twelve times that). */
  timeoutMs: number;
  /** `--max-old-space-size` of the build. */
  memoryMb: number;
}

const STACK_FRAME = /^\s*at\s.*(?:\(.*:\d+(?::\d+)?\)|:\d+:\d+)\s*$/m;
const ERROR_HEADER = /^(?:[A-Z]\w*Error|Error|FATAL ERROR|Uncaught)\b.*$/m;
const LOCATED_ERROR = /^.+:\d+:\d+: error /m;
const ERROR_RULE = /^.+:\d+:\d+: error .*\s(\S+)$/gm;
const LISTED_PDF = /^(\S+\.pdf)\s+(\d+) pages?\b/gm;
const KEPT = 256 * 1024;

/** Returns what `prep-print build notes.md -o out` did with `text` as the note. */
export async function buildNote(text: string, options: BuildOptions): Promise<BuildOutcome> {
  const folder = mkdtempSync(join(tmpdir(), "prep-print-fuzz-cli-"));
  try {
    writeFileSync(join(folder, "notes.md"), text);
    const ran = await runBuild(folder, options);
    const errors = [...ran.stderr.matchAll(ERROR_RULE)].map((m) => m[1] ?? "");
    const failure = judgeExit(ran);
    if (failure) return { ...failure, pdfs: 0, errors };
    return { ...(await judgePdfs(folder, ran)), errors };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface Ran {
  code: number | null;
  signal: string | null;
  /** Why the build was stopped, when it was. */
  stopped: string | null;
  ms: number;
  stdout: string;
  stderr: string;
}

function runBuild(folder: string, options: BuildOptions): Promise<Ran> {
  const bin = join(options.root, "bin", "prep-print.js");
  const args = [`--max-old-space-size=${options.memoryMb}`, bin, "build", "notes.md", "-o", "out"];
  const child = spawn(process.execPath, args, { cwd: folder, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  let stopped: string | null = null;
  child.stdout.on("data", (chunk: Buffer) => void (stdout.length < KEPT && (stdout += chunk.toString())));
  child.stderr.on("data", (chunk: Buffer) => void (stderr.length < KEPT && (stderr += chunk.toString())));
  const watch = watchProcess(child.pid ?? 0, { cpuMs: options.timeoutMs, wallMs: options.timeoutMs * 12 }, (reason) => {
    stopped = reason;
    child.kill("SIGKILL");
  });
  let ms = 0;
  child.on("exit", () => void (ms = watch.stop()));
  return new Promise((resolve) => {
    child.on("close", (code, signal) => resolve({ code, signal, stopped, ms, stdout, stderr }));
  });
}

/** Returns the failure the exit shows (a hang, a crash, a stack trace), or null when the exit is a proper one. */
function judgeExit(ran: Ran): Omit<BuildOutcome, "pdfs" | "errors"> | null {
  const base = { code: ran.code, signal: ran.signal, ms: ran.ms };
  if (ran.stopped) return { ...base, kind: "hang", detail: ran.stopped };
  if (/heap limit|heap out of memory|Invalid string length|Array buffer allocation failed/.test(ran.stderr)) {
    return { ...base, kind: "crash", detail: `out of memory: ${firstMatch(ran.stderr, /^.*(?:heap|Invalid string length|allocation).*$/m)}` };
  }
  if (STACK_FRAME.test(ran.stderr) || ERROR_HEADER.test(ran.stderr)) {
    return { ...base, kind: "crash", detail: `stack trace (exit ${ran.code ?? ran.signal}): ${firstMatch(ran.stderr, ERROR_HEADER) || firstMatch(ran.stderr, STACK_FRAME)}` };
  }
  if (ran.code === null || ![0, 1, 2].includes(ran.code)) return { ...base, kind: "crash", detail: `exit ${ran.code ?? ran.signal}: ${lastLine(ran.stderr)}` };
  if (ran.code === 1 && !LOCATED_ERROR.test(ran.stderr)) return { ...base, kind: "crash", detail: `exit 1 without a located error: ${lastLine(ran.stderr) || lastLine(ran.stdout)}` };
  return null;
}

/** Returns the outcome once every PDF in `out/` is checked: it opens, has pages and text, and the page count printed is right. */
async function judgePdfs(folder: string, ran: Ran): Promise<Omit<BuildOutcome, "errors">> {
  const out = join(folder, "out");
  const written = existsSync(out) ? readdirSync(out, { withFileTypes: true }) : [];
  const names = written.filter((e) => e.isFile() && e.name.endsWith(".pdf")).map((e) => e.name).sort();
  const listed = new Map([...ran.stdout.matchAll(LISTED_PDF)].map((m) => [(m[1] ?? "").replace(/^.*[\\/]/, ""), Number(m[2])]));
  const base = { code: ran.code, signal: ran.signal, ms: ran.ms, pdfs: names.length };
  if (ran.code === 0 && names.length === 0) return { ...base, kind: "invalid-pdf", detail: "exit 0 but no PDF written" };
  for (const name of names) {
    const report = await checkPdf(readFileSync(join(out, name)));
    if (report.problem) return { ...base, kind: "invalid-pdf", detail: `${name} ${report.problem}` };
    const printed = listed.get(name);
    if (printed !== undefined && printed !== report.pages) return { ...base, kind: "invalid-pdf", detail: `${name} has ${report.pages} pages, the build said ${printed}` };
  }
  return { ...base, kind: "done", detail: "" };
}

function firstMatch(text: string, pattern: RegExp): string {
  return (pattern.exec(text)?.[0] ?? "").trim().slice(0, 200);
}

function lastLine(text: string): string {
  return (text.trim().split("\n").pop() ?? "").slice(0, 200);
}
