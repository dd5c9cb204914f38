/** Turns the user's lines back into markdown: dedented, prose after an item kept as its own paragraph. */
import type { NoteLine } from "../notes/lines.js";
import { smallest } from "../arrays.js";

/** Returns the markdown of `lines`, dedented to their least indentation, blank runs collapsed. */
export function toMarkdown(lines: readonly NoteLine[]): string {
  const content = lines.filter((l) => l.kind !== "blank");
  if (content.length === 0) return "";
  const base = smallest(content.map((l) => (l.kind === "code" ? codeIndent(l) : l.indent)));
  const out: string[] = [];
  let item: NoteLine | null = null;
  for (const line of lines) {
    if (line.kind === "blank") {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      continue;
    }
    const endsList = item !== null && line.kind === "text" && line.indent <= item.indent;
    if (endsList && out[out.length - 1] !== "") out.push("");
    out.push(dedent(line.raw, base).trimEnd());
    if (line.kind === "item") item = line;
    else if (line.kind !== "text" || endsList) item = null;
  }
  while (out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

/** Returns `raw` without `columns` columns of leading white space. */
function dedent(raw: string, columns: number): string {
  let removed = 0;
  let index = 0;
  while (index < raw.length && removed < columns) {
    const ch = raw[index];
    if (ch === " ") removed++;
    else if (ch === "\t") removed += 4 - (removed % 4);
    else break;
    index++;
  }
  return raw.slice(index);
}

function codeIndent(line: NoteLine): number {
  return line.raw.trim() === "" ? Number.MAX_SAFE_INTEGER : line.indent;
}

/** Returns plain text of one line of markdown: no emphasis markers; links as their text, then the address. */
export function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(#[^)]*\)/g, "$1")
    .replace(/!?\[([^\]]*)\]\(([^)]*)\)/g, (_, label: string, url: string) => (label && url ? `${label} (${url})` : label || url))
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?!\s)(.+?)\2(?![\p{L}\p{N}])/gu, "$1$3")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<[^>]+>/g, "")
    .trim();
}
