/** Places in a JSON text (line and column), so that problems in a hand-edited lock can be pointed at. */

/** Returns the 1-based line and column of `offset` in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}

/** Returns the offset a `JSON.parse` error points at (Node words it "position N" or "line L column C"). */
export function jsonErrorOffset(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : "";
  const position = /position (\d+)/.exec(message);
  if (position?.[1] !== undefined) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
    const lines = text.split("\n").slice(0, Number(lineColumn[1]) - 1);
    return lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  }
  return text.length;
}

/** Returns the offset after the string that starts (with its quote) at `start`. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

/**
 * Returns where each item of the array under `key` in the top-level object starts, for a
 * text that is valid JSON. A scan over brackets and strings: JSON.parse keeps no places.
 */
export function topLevelItemOffsets(text: string, key: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let lastString = "";
  let inArray = false;
  let expectItem = false;
  for (let i = 0; i < text.length; ) {
    const char = text[i] ?? "";
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (inArray && depth === 2 && expectItem && char !== "]") {
      offsets.push(i);
      expectItem = false;
    }
    if (char === '"') {
      const end = skipString(text, i);
      lastString = text.slice(i + 1, end - 1);
      i = end;
      continue;
    }
    if (char === "{" || char === "[") {
      // An array at depth 1 is a value of the top-level object; its key is the last string seen.
      if (depth === 1 && char === "[" && lastString === key) [inArray, expectItem] = [true, true];
      depth++;
    } else if (char === "}" || char === "]") {
      depth--;
      if (depth === 1) inArray = false;
    } else if (char === "," && inArray && depth === 2) expectItem = true;
    i++;
  }
  return offsets;
}
