/** Styled runs → inline HTML: strong, em, code and links; "\n" in a run is a hard line break. */
import type { Run } from "../../markdown/types.js";
import { escapeHtml, safeHref } from "./escape.js";

/** Returns the inline HTML of `runs`; neighbouring runs with the same link share one `<a>`. */
export function runsToHtml(runs: readonly Run[]): string {
  let html = "";
  let index = 0;
  while (index < runs.length) {
    const link = runs[index]?.link;
    let end = index + 1;
    while (end < runs.length && runs[end]?.link === link) end++;
    const inner = runs.slice(index, end).map(styledText).join("");
    const href = link === undefined ? null : safeHref(link);
    html += href === null ? inner : `<a href="${escapeHtml(href)}">${inner}</a>`;
    index = end;
  }
  return html;
}

/** Returns one run's text escaped, line breaks kept, wrapped in its styles (code innermost). */
function styledText(run: Run): string {
  let html = escapeHtml(run.text).replace(/\n/g, "<br>");
  if (run.code) html = `<code>${html}</code>`;
  if (run.italic) html = `<em>${html}</em>`;
  if (run.bold) html = `<strong>${html}</strong>`;
  return html;
}

/** Returns the plain text of runs (for titles and labels). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join("");
}
