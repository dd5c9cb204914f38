/** Directive lines that cut a template's markdown into regions (sheet header/body/footer, book front/body). */

const SHEET_BODY = /^[ \t]*<!--\s*sheet:body\s*-->[ \t]*$/m;
const SHEET_FOOTER = /^[ \t]*<!--\s*sheet:footer\s*-->[ \t]*$/m;
const BOOK_BODY = /^[ \t]*<!--\s*body\s*-->[ \t]*$/m;

/** Rendered markdown cut into the cheat sheet's regions. */
export interface SheetRegions {
  header: string;
  body: string;
  footer: string;
}

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
  const [beforeFooter, footer] = cut(markdown, SHEET_FOOTER);
  const [header, body] = cut(beforeFooter, SHEET_BODY);
  return body === null ? { header: "", body: header, footer: footer ?? "" } : { header, body, footer: footer ?? "" };
}

/** Returns the book's markdown split at `<!-- body -->`: the front (cover, contents) and the body (no mark: all body). */
export function splitFront(markdown: string): { front: string; body: string } {
  const [front, body] = cut(markdown, BOOK_BODY);
  return body === null ? { front: "", body: markdown } : { front, body };
}
