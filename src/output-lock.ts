/**
 * One build at a time writes into an output folder. The writer holds `.prep-print.lock`, a file naming
 * its process; a second build waits for it. A lock or temporary file left by a process that is gone
 * (a build killed mid-way) is taken over or removed.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { link, readFile, readdir, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { isSystemError, systemReason } from "./notes/reason.js";
import { TEMP_FILE, WriteError, ensureFolder } from "./write.js";

/** The lock file's name inside the output folder. */
export const LOCK_FILE = ".prep-print.lock";

/** Who holds a lock: a process on a machine. */
export interface LockHolder {
  pid: number;
  host: string;
  /** Tells this holder's lock from a later one of the same process. */
  token: string;
}

export interface LockOptions {
  /** How long to wait for another build to finish writing (default 60 s). */
  waitMs?: number;
  /** Called once when another live build holds the lock and this one starts waiting. */
  onWait?: (holder: LockHolder) => void;
}

/** A held lock on an output folder. */
export interface FolderLock {
  /** Gives the lock up (only if it is still this lock). */
  release(): Promise<void>;
}

const POLL_MS = 50;
/** A lock file that holds no readable holder (its writer died mid-write) counts as stale after this long. */
const UNREADABLE_STALE_MS = 5000;
/**
 * A build holds the lock only while it writes its files (seconds); one older than this was left by a
 * process whose id has since been given to another, or by another machine.
 */
const ABANDONED_MS = 10 * 60_000;

/** Returns true when process `pid` exists on this machine (one of another user counts). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isSystemError(error) && error.code === "EPERM";
  }
}

function parseHolder(text: string): LockHolder | undefined {
  const [pid, host, token] = text.trim().split(" ");
  const number = Number(pid);
  return Number.isSafeInteger(number) && host && token ? { pid: number, host, token } : undefined;
}

/** Returns the holder written in the lock file, null when there is none, undefined when it cannot be read. */
async function readHolder(path: string): Promise<LockHolder | null | undefined> {
  try {
    return parseHolder(await readFile(path, "utf8"));
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") return null;
    throw error;
  }
}

/** Returns true when the lock at `path` held by `holder` can be taken over: its process is gone, or it is long abandoned. */
async function isStale(path: string, holder: LockHolder | undefined): Promise<boolean> {
  const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => 0);
  if (holder === undefined) return age > UNREADABLE_STALE_MS;
  return (holder.host === hostname() && !processAlive(holder.pid)) || age > ABANDONED_MS;
}

/**
 * Removes the stale lock at `path` unless another build replaced it meanwhile: the lock is moved aside
 * (atomically), and put back if what was moved is no longer the stale one.
 */
async function removeStale(path: string, stale: LockHolder | undefined): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if (isSystemError(error) && error.code === "ENOENT") return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (moved && moved.token !== stale?.token) await link(aside, path).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Takes the lock on the output folder `dir` (creating it), waiting for another build; throws WriteError when it cannot. */
export async function lockFolder(dir: string, options: LockOptions = {}): Promise<FolderLock> {
  await ensureFolder(dir);
  const path = join(dir, LOCK_FILE);
  const me: LockHolder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString("hex") };
  const deadline = Date.now() + (options.waitMs ?? 60_000);
  let told = false;
  try {
    for (;;) {
      try {
        await writeFile(path, `${me.pid} ${me.host} ${me.token}\n`, { flag: "wx" });
        break;
      } catch (error) {
        if (!(isSystemError(error) && error.code === "EEXIST")) throw error;
      }
      const holder = await readHolder(path);
      if (holder === null) continue;
      if (await isStale(path, holder)) {
        await removeStale(path, holder);
        continue;
      }
      if (Date.now() > deadline) {
        const who = holder ? `build ${holder.pid}${holder.host === me.host ? "" : ` on ${holder.host}`}` : "another build";
        throw new WriteError(dir, `${who} is writing into this folder (${LOCK_FILE}); wait for it, or delete that file if no build is running`);
      }
      if (holder && !told) options.onWait?.(holder);
      told = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS + Math.random() * POLL_MS));
    }
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(dir, systemReason(error), { cause: error });
  }
  await removeDeadTemps(dir);
  return {
    release: async () => {
      const holder = await readHolder(path).catch(() => undefined);
      if (holder?.token === me.token) await unlink(path).catch(() => undefined);
    },
  };
}

/** Removes temporary files in `dir` left by processes that are gone (a build killed between write and rename). */
export async function removeDeadTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1] ?? /^\.prep-print\.lock\.stale-(\d+)-/.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || processAlive(Number(pid))) continue;
    await rm(join(dir, name), { force: true }).then(() => removed.push(name), () => undefined);
  }
  return removed;
}

/** Runs `write` holding the lock on `dir`; the lock is given up whatever happens. */
export async function withFolderLock<T>(dir: string, write: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = await lockFolder(dir, options);
  try {
    return await write();
  } finally {
    await lock.release();
  }
}
