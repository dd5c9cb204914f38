/**
 * Time limits measured in CPU time. On this shared machine (two cores, load above 10 while
 * other engineers test) a build that needs 1.5 s of CPU takes 10 s of wall time, so wall
 * time would call healthy builds hangs. CPU time comes from /proc (Linux); elsewhere, or
 * for a process that blocks without computing, the wall-time backstop decides.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** How long a watched process may run. */
export interface Limits {
  cpuMs: number;
  /** Wall time past which it is stopped anyway. */
  wallMs: number;
}

const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/** Returns the CPU time (user + system, all threads) process `pid` has used, in ms, or null when it cannot be read. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name, in parentheses, may hold spaces: fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}

/** A running watch: `stop()` ends it and returns the CPU ms the process used since the watch began. */
export interface Watch {
  stop(): number;
}

/** Watches process `pid` and calls `exceeded` once when it passes a limit; check every 100 ms. */
export function watchProcess(pid: number, limits: Limits, exceeded: (reason: string) => void): Watch {
  const startCpu = cpuMs(pid);
  const startWall = performance.now();
  let used = 0;
  const timer = setInterval(() => {
    const now = cpuMs(pid);
    if (now !== null && startCpu !== null) used = now - startCpu;
    const wall = performance.now() - startWall;
    if (used > limits.cpuMs) finish(`over ${limits.cpuMs / 1000} s of CPU time`);
    else if (wall > limits.wallMs) finish(`no end within ${Math.round(wall / 1000)} s (${Math.round(used)} ms of CPU)`);
  }, 100);
  const finish = (reason: string): void => {
    clearInterval(timer);
    exceeded(reason);
  };
  return {
    stop: () => {
      clearInterval(timer);
      const now = cpuMs(pid);
      return now !== null && startCpu !== null ? now - startCpu : used;
    },
  };
}
