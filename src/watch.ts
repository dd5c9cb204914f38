/**
 * The watcher of `build --watch`: tells when a file a build reads may have changed, and never misses
 * a save. It watches folders, never single files: a save that writes a temporary file and renames it
 * over the note (`sed -i`, most editors) replaces the file's inode, and a watch on the old inode
 * goes quiet, while the folder reports the new name. Node's recursive `fs.watch` on Linux watches
 * each file by its inode too, so folders below a watched folder are watched one by one here.
 *
 * What it watches (its targets) is asked again at each `refresh()`, which the caller runs before each
 * build: a folder made since, a note file that appeared, a target that was deleted (its nearest
 * existing parent is then watched until it comes back) are all picked up before the build reads them.
 */
import { lstatSync, readdirSync, realpathSync, statSync, watch, type FSWatcher } from "node:fs";
import { dirname, extname, join, resolve, sep } from "node:path";
import { hiddenBelow, isNoteName } from "./notes/read.js";
import { systemCode } from "./notes/reason.js";

/**
 * One thing a build reads. `notes`: a note file, or a folder whose `.md` files below are notes;
 * `any`: a file, or a folder any file of which counts (a templates folder).
 */
export interface WatchTarget {
  path: string;
  kind: "notes" | "any";
}

/** What to watch, asked again at each refresh (a changed config file may name other folders). */
export interface WatchList {
  targets: readonly WatchTarget[];
  /** Folders whose changes never count: the output folder, which the build itself writes. */
  ignore: readonly string[];
}

/** A running watcher. */
export interface Watcher {
  /** Watches what `list()` names now: new folders below a target, targets that appeared or went. */
  refresh(): void;
  /** The folders watched now, for tests and messages. */
  folders(): string[];
  /** Stops watching. */
  close(): void;
}

/**
 * Starts watching what `list()` names; `changed(path)` is called for each change that may matter
 * (a note, a template, a folder that came or went), with the absolute path (or the folder, when the
 * system did not say which file); `cannotWatch` for a folder the system refuses to watch.
 */
export function watchFiles(list: () => WatchList, changed: (path: string) => void, cannotWatch: (folder: string, error: unknown) => void = () => undefined): Watcher {
  const watchers = new Map<string, FSWatcher>();
  let current = absolute(list());
  /** Files outside the targets that linked notes point to, by their real path. */
  let linked = new Set<string>();
  let closed = false;

  const onEvent = (folder: string, name: string | Buffer | null): void => {
    if (closed) return;
    const path = name === null ? folder : join(folder, name.toString());
    if (name === null || matters(path, current, linked, watchers)) changed(path);
  };

  const start = (folder: string): void => {
    try {
      const watcher = watch(folder, { persistent: true }, (_event, name) => onEvent(folder, name));
      // A folder that goes away (or any failure of the system's watch) ends this watch; the next refresh looks again.
      watcher.on("error", () => {
        watcher.close();
        if (watchers.get(folder) === watcher) watchers.delete(folder);
        if (!closed) changed(folder);
      });
      watchers.set(folder, watcher);
    } catch (error) {
      // Gone between looking and watching: its parent's watch (or the next refresh) covers it. Anything else
      // (no permission, the system's limit of watches reached) is said: changes there would go unseen.
      if (systemCode(error) !== "ENOENT") cannotWatch(folder, error);
    }
  };

  const refresh = (): void => {
    if (closed) return;
    current = absolute(list());
    const wanted = new Set<string>();
    const links = new Set<string>();
    for (const target of current.targets) foldersFor(target, current.ignore, wanted, links);
    linked = links;
    for (const [folder, watcher] of watchers) {
      if (wanted.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
    for (const folder of wanted) if (!watchers.has(folder)) start(folder);
  };

  refresh();
  return {
    refresh,
    folders: () => [...watchers.keys()].sort(),
    close: () => {
      closed = true;
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

function absolute(list: WatchList): WatchList {
  return { targets: list.targets.map((t) => ({ ...t, path: resolve(t.path) })), ignore: list.ignore.map((p) => resolve(p)) };
}

/** Returns true when `path` is or lies inside `folder`. */
function inside(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/**
 * Returns true when `path` lies in an ignored folder below the target (the output folder inside a
 * notes folder). An ignored folder that holds the whole target (`-o .`) ignores nothing of it.
 */
function ignored(path: string, target: WatchTarget, ignore: readonly string[]): boolean {
  return ignore.some((folder) => inside(path, folder) && !inside(target.path, folder));
}

/** Extensions of what a build writes: never a template, so never a reason to rebuild (an output folder inside the templates). */
const OUTPUTS = new Set([".pdf", ".html", ".tsv"]);

/** Returns true when a change of `path` may change what a build reads. */
function matters(path: string, list: WatchList, linked: ReadonlySet<string>, watched: ReadonlyMap<string, unknown>): boolean {
  if (linked.has(path)) return true;
  for (const target of list.targets) {
    // The target itself (a note replaced by a rename, a folder deleted or made), or a folder on its way.
    if (path === target.path || inside(target.path, path)) return true;
    if (!inside(path, target.path) || hiddenBelow(target.path, path) || ignored(path, target, list.ignore)) continue;
    if (target.kind === "any") return !OUTPUTS.has(extname(path).toLowerCase());
    if (isNoteName(path)) return true;
    // A folder below a notes folder that came (it may hold notes) or went (it held some, if it was watched).
    if (watched.has(path) || isFolder(path)) return true;
  }
  return false;
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Adds to `into` the folders to watch for `target`; adds to `links` the real paths of notes linked from inside it. */
function foldersFor(target: WatchTarget, ignore: readonly string[], into: Set<string>, links: Set<string>): void {
  let info;
  try {
    info = statSync(target.path);
  } catch {
    // Not there (yet): watch the nearest folder that is, to see it come.
    into.add(nearestExisting(dirname(target.path)));
    return;
  }
  if (!info.isDirectory()) {
    into.add(dirname(target.path));
    return;
  }
  // The folder's parent too, to see the folder itself deleted and made again.
  into.add(dirname(target.path));
  walk(target.path, target, ignore, into, links);
}

function walk(folder: string, target: WatchTarget, ignore: readonly string[], into: Set<string>, links: Set<string>): void {
  if (ignored(folder, target, ignore)) return;
  into.add(folder);
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (hiddenBelow(folder, path)) continue;
    if (entry.isDirectory()) walk(path, target, ignore, into, links);
    else if (entry.isSymbolicLink() && (target.kind === "any" || isNoteName(entry.name))) {
      // A linked note: its own folder tells when the file it points to is saved.
      try {
        const real = realpathSync(path);
        if (statSync(real).isFile()) {
          links.add(real);
          into.add(dirname(real));
        }
      } catch {
        // A broken link: the build reports it; the link's own folder is watched already.
      }
    }
  }
}

function nearestExisting(folder: string): string {
  for (let f = folder; ; f = dirname(f)) {
    if (isFolder(f) || dirname(f) === f) return f;
  }
}
