/**
 * Fenced blocks that hold a STAR story. People paste a story into a code fence to keep
 * its layout (`situation:` … `result:`, lower case, leading spaces); such a fence is read
 * as lines, not as code. Every other fence stays code.
 */
import type { NoteLine } from "./lines.js";

/** Classifies one raw line on its own (as outside any fence). */
export type Reclassify = (raw: string, line: number) => NoteLine;

/**
 * Returns `lines` with every fence (`[open, close]` indexes) that labels at least two STAR
 * parts read as lines: its first unlabelled line before the labels is the story's title,
 * and its fence lines carry no words.
 */
export function markStoryFences(lines: NoteLine[], fences: readonly [number, number][], reclassify: Reclassify): NoteLine[] {
  for (const [open, close] of fences) {
    const inner: NoteLine[] = [];
    for (let i = open + 1; i < close || (i === close && !isFenceLine(lines[i])); i++) {
      const line = lines[i];
      if (line) inner.push(asFenced(reclassify(line.raw, line.line)));
    }
    const parts = new Set(inner.filter((l) => l.kind === "star").map((l) => l.part));
    if (parts.size < 2) continue;
    const firstLabel = inner.findIndex((l) => l.kind === "star");
    const title = inner.findIndex((l) => l.kind !== "blank");
    inner.forEach((line, k) => {
      line.fenced = k === title && title < firstLabel ? "title" : "line";
      lines[open + 1 + k] = line;
    });
    for (const index of [open, close]) {
      const fenceLine = lines[index];
      if (isFenceLine(fenceLine) && fenceLine) lines[index] = { ...fenceLine, kind: "blank", text: "", fenced: "line" };
    }
  }
  return lines;
}

/** Inside a story fence, headings and bold lines are its words, not the notes' structure. */
function asFenced(line: NoteLine): NoteLine {
  if (line.kind !== "heading" && line.kind !== "bold" && line.kind !== "hr") return line;
  return { line: line.line, raw: line.raw, indent: line.indent, kind: "text", text: line.raw.trim() };
}

function isFenceLine(line: NoteLine | undefined): boolean {
  return line !== undefined && /^(`{3,}|~{3,})/.test(line.raw.trim());
}
