/** The three regions of the rendered cheat sheet: header across the top, body in columns, footer strip. */

/** Rendered markdown cut into the page's regions. */
export interface SheetRegions {
  header: string;
  body: string;
  footer: string;
}

const BODY_MARK = /^[ \t]*<!--\s*sheet:body\s*-->[ \t]*$/m;
const FOOTER_MARK = /^[ \t]*<!--\s*sheet:footer\s*-->[ \t]*$/m;

/** Returns `text` cut at the first line matching `mark`: before and after it (after is null without a mark). */
function cut(text: string, mark: RegExp): [string, string | null] {
  const match = mark.exec(text);
  if (!match) return [text, null];
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}

/**
 * Returns the header, body and footer of the markdown, cut at the lines `<!-- sheet:body -->` and
 * `<!-- sheet:footer -->`; without marks everything is body, so any template still works.
 */
export function splitRegions(markdown: string): SheetRegions {
  const [beforeFooter, footer] = cut(markdown, FOOTER_MARK);
  const [header, body] = cut(beforeFooter, BODY_MARK);
  return body === null
    ? { header: "", body: header, footer: footer ?? "" }
    : { header, body, footer: footer ?? "" };
}
