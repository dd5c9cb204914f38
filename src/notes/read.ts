/** Finds and reads note files: UTF-8 (BOM or not), CRLF or LF, front matter split off. */
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, extname, isAbsolute } from "node:path";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { splitFrontMatter, type FrontMatter } from "./frontmatter.js";

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

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Reads every `.md` file below the given paths (folders) or the files named. */
export async function readSources(paths: readonly string[], cwd: string): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  const files: SourceFile[] = [];
  for (const given of paths) {
    const absolute = isAbsolute(given) ? given : join(cwd, given);
    const found = await findNotes(absolute, given, diagnostics);
    for (const path of found) {
      const file = await readNote(path, isAbsolute(given) ? path : relative(cwd, path), diagnostics);
      if (file) files.push(file);
    }
  }
  return { files, diagnostics };
}

async function findNotes(absolute: string, given: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const info = await stat(absolute).catch(() => null);
  if (!info) {
    diagnostics.push(diagnostic("error", { file: given }, "No such file or folder", "input-missing"));
    return [];
  }
  if (!info.isDirectory()) return [absolute];
  const found = (await listMarkdown(absolute)).sort();
  if (found.length === 0) diagnostics.push(diagnostic("error", { file: given }, "No `.md` notes in this folder", "input-empty"));
  return found;
}

async function listMarkdown(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && extname(e.name).toLowerCase() === ".md" && !e.name.startsWith("."))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !p.split(/[\\/]/).some((part) => part === "node_modules" || part.startsWith(".")));
}

async function readNote(path: string, shown: string, diagnostics: Diagnostic[]): Promise<SourceFile | null> {
  const bytes = await readFile(path);
  if (bytes.includes(0)) {
    diagnostics.push(diagnostic("error", { file: shown }, "This is a binary file, not markdown notes", "input-binary"));
    return null;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const line = firstInvalidLine(bytes);
    diagnostics.push(diagnostic("error", { file: shown, line }, "Not valid UTF-8: save the notes as UTF-8", "input-encoding"));
    return null;
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const split = splitFrontMatter(text, shown);
  diagnostics.push(...split.diagnostics);
  if (split.diagnostics.some((d) => d.severity === "error")) return null;
  return { path: shown, frontMatter: split.frontMatter, body: split.body, bodyLine: split.bodyLine };
}

/** Returns the 1-based line of the first byte sequence that is not UTF-8. */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(10, start);
    const stop = end === -1 ? bytes.length : end;
    if (!decodes(bytes.subarray(start, stop))) return line;
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return line;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
