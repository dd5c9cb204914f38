/**
 * Finds and reads note files: UTF-8 (BOM or not) or UTF-16 with a BOM, CRLF or LF, front
 * matter split off. Only regular files are opened (a FIFO or a device named as a note is
 * refused before it could block); symbolic links to notes inside a folder are followed;
 * every file-system failure is a diagnostic with the path and the system's reason.
 */
import { readFile, readdir, stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { extname, isAbsolute, join, relative } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { systemCode, systemReason } from "./reason.js";
import { decodeNote } from "./decode.js";
import { splitFrontMatter, type FrontMatter } from "./frontmatter.js";
import { append } from "../arrays.js";

/** One note file, ready for the model. */
export interface SourceFile {
  /** The path as shown in messages (relative to the working folder when inside it). */
  path: string;
  frontMatter: FrontMatter;
  /** Body text with LF line ends. */
  body: string;
  /** 1-based file line of the body's first line. */
  bodyLine: number;
}

export interface ReadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/** Largest note read: far beyond any notes a person writes, small enough to read in a moment. */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;
/** The longest line a note may hold, in characters: about forty printed pages, laid out in about a second. */
export const MAX_LINE_CHARS = 100_000;

/** Reads every `.md` file below the given paths (folders) or the files named. */
export async function readSources(paths: readonly string[], cwd: string): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const files: SourceFile[] = [];
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : join(cwd, given);
    const shown = (path: string): string => (isAbsolute(given) ? path : relative(cwd, path));
    for (const path of await findNotes(absolute, given, shown, diagnostics)) {
      const file = await readNote(path, shown(path), diagnostics);
      if (file) files.push(file);
    }
  }
  return { files, diagnostics };
}

async function findNotes(absolute: string, given: string, shown: (path: string) => string, diagnostics: Diagnostic[]): Promise<string[]> {
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    const missing = systemCode(error) === "ENOENT";
    diagnostics.push(diagnostic("error", { file: given }, missing ? "No such file or folder" : `Cannot read: ${systemReason(error)}`, "input-missing"));
    return [];
  }
  if (!info.isDirectory()) return [absolute];
  let found: string[];
  try {
    found = (await listMarkdown(absolute, shown, diagnostics)).sort();
  } catch (error) {
    diagnostics.push(diagnostic("error", { file: given }, `Cannot read this folder: ${systemReason(error)}`, "input-unreadable"));
    return [];
  }
  if (found.length === 0) diagnostics.push(diagnostic("error", { file: given }, "No `.md` notes in this folder", "input-empty"));
  return found;
}

/** True for the name of a note file: `.md`, in any case. */
export function isNoteName(name: string): boolean {
  return extname(name).toLowerCase() === ".md";
}

/** True when a part of `path` below `folder` is hidden (`.git`, `.prep-print`, an editor's `.swp`) or `node_modules`: nothing there is a note. */
export function hiddenBelow(folder: string, path: string): boolean {
  return relative(folder, path)
    .split(/[\\/]/)
    .some((part) => part === "node_modules" || part.startsWith("."));
}

/** Returns the `.md` files below `folder` (hidden folders and node_modules aside), following links to files. */
async function listMarkdown(folder: string, shown: (path: string) => string, diagnostics: Diagnostic[]): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (hiddenBelow(folder, path)) continue;
    const markdown = isNoteName(entry.name);
    if (entry.isFile() && markdown) found.push(path);
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).then((info) => ({ info, error: null }), (error: unknown) => ({ info: null, error }));
      if (!target.info) {
        if (markdown) diagnostics.push(diagnostic("warning", { file: shown(path) }, `Linked note not read: ${systemReason(target.error)}`, "input-link"));
      } else if (target.info.isDirectory()) {
        // Links to folders are not followed (a link back up would loop); say so rather than skip them silently.
        diagnostics.push(diagnostic("warning", { file: shown(path) }, "Linked folder not read: name it on the command line to read its notes", "input-link"));
      } else if (markdown && target.info.isFile()) found.push(path);
      else if (markdown) diagnostics.push(diagnostic("warning", { file: shown(path) }, "Linked note not read: it does not point to a regular file", "input-link"));
    }
  }
  return found;
}

async function readNote(path: string, shown: string, diagnostics: Diagnostic[]): Promise<SourceFile | null> {
  const fail = (message: string, ruleId: string, line?: number): null => {
    diagnostics.push(diagnostic("error", { file: shown, line }, message, ruleId));
    return null;
  };
  let bytes: Buffer;
  try {
    // Look before opening: a FIFO or a device would block or never end.
    const info = await stat(path);
    if (!info.isFile()) return fail("Not a regular file: only note files and folders can be read", "input-not-file");
    if (info.size > MAX_NOTE_BYTES) return fail(`This note is ${Math.round(info.size / 1024 / 1024)} MB; notes may be at most 20 MB`, "input-too-large");
    bytes = await readFile(path);
  } catch (error) {
    return fail(`Cannot read: ${systemReason(error)}`, "input-unreadable");
  }
  const decoded = decodeNote(bytes);
  if (!decoded.ok) return fail(decoded.message, decoded.ruleId, decoded.line);
  const text = decoded.text.replace(/\r\n?/g, "\n");
  const long = longLine(text);
  if (long) return fail(`This line is ${long.chars.toLocaleString("en")} characters long; a line may hold at most ${MAX_LINE_CHARS.toLocaleString("en")}: break it into paragraphs`, "input-line-too-long", long.line);
  const split = splitFrontMatter(text, shown);
  append(diagnostics, split.diagnostics);
  if (split.diagnostics.some((d) => d.severity === "error")) return null;
  return { path: shown, frontMatter: split.frontMatter, body: split.body, bodyLine: split.bodyLine };
}

/** Returns the first line longer than MAX_LINE_CHARS (1-based) and its length, or null. */
function longLine(text: string): { line: number; chars: number } | null {
  let line = 1;
  for (let start = 0; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > MAX_LINE_CHARS) return { line, chars: stop - start };
    if (end === -1) break;
    start = end + 1;
  }
  return null;
}
