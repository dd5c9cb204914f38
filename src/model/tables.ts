/** Reads principle tables (`| Principle | hook |`): each row that names a principle gives its hook. */
import type { NoteLine } from "../notes/lines.js";
import { plainText } from "./markdown.js";
import type { PrincipleMatcher } from "./match.js";

export interface TableHook {
  id: string;
  hook: string;
  writtenAs: string;
  line: number;
}

/** Returns the hooks of every table row, in `lines`, whose first cell names a principle. */
export function tableHooks(lines: readonly NoteLine[], matcher: PrincipleMatcher): TableHook[] {
  const hooks: TableHook[] = [];
  for (const line of lines) {
    if (line.kind !== "table" || /^\|?[\s:|-]+\|?$/.test(line.text)) continue;
    const cells = splitCells(line.text);
    const first = cells[0] ?? "";
    const match = first ? matcher.match(first) : null;
    if (!match) continue;
    const hook = cells.slice(1).filter((c) => c !== "").join(" — ");
    if (hook !== "") hooks.push({ id: match.id, hook, writtenAs: first, line: line.line });
  }
  return hooks;
}

/** Returns the cells of a table row, unescaping `\|`. */
export function splitCells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => plainText(c.replace(/\\\|/g, "|")));
}
