/** The words of a markdown result without its markup, and the part the writer put in bold. */

// "**Why it fits**:" or "**Result:**" at the start of a line labels what follows; it is not the result.
const LINE_LABEL = /^(?:\*\*|__)[^*_\n]+?(?::(?:\*\*|__)|(?:\*\*|__)\s*:)\s*/u;
const LINE_MARKER = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?/u;
const BOLD = /(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1/gu;

/** Returns one line of markdown as plain text: links by their text, code by its content, no emphasis or HTML. */
function plainLine(line: string): string {
  return line
    .replace(LINE_MARKER, "")
    .replace(LINE_LABEL, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, "")
    .replace(/\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]/gu, (_all, inline?: string, reference?: string) => inline ?? reference ?? "")
    .replace(/<https?:[^>\s]+>|<\/?[a-z][^>]*>/giu, "")
    .replace(/`([^`]+)`/gu, "$1")
    .replace(/~~[^~]+~~/gu, "") // struck out by the writer: not the result
    .replace(BOLD, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/gu, "$1$2")
    .replace(/(^|[^\w_])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/gu, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/gu, "$1")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Returns `markdown` as plain text, line by line, without blank lines. */
export function plainText(markdown: string): string {
  return markdown
    .split(/\r?\n/u)
    .map(plainLine)
    .filter((line) => line !== "")
    .join("\n");
}

/** Returns the plain text of the bold spans in `markdown` that are not labels and not the whole text. */
export function boldParts(markdown: string): string[] {
  const whole = markdown.trim();
  const parts: string[] = [];
  for (const match of whole.matchAll(BOLD)) {
    const inner = match[2] ?? "";
    const after = whole.slice(match.index + match[0].length);
    const isLabel = inner.trimEnd().endsWith(":") || /^\s*:/u.test(after);
    if (isLabel || match[0] === whole) continue;
    const text = plainLine(inner);
    if (text !== "") parts.push(text);
  }
  return parts;
}
