/** Pure text functions behind the template helpers: no Handlebars, no model. */

export { firstSentence } from "./sentences.js";
export { keyFigure } from "./figures.js";
export { keyResult } from "./key-result.js";
export { gist, shorten } from "./shorten.js";

/** Returns `text` cut to at most `chars` characters (code points), ending in `…` when cut, even inside a word. */
export function truncate(text: string, chars: number): string {
  const points = Array.from(text);
  if (points.length <= chars) return text;
  if (chars <= 1) return "…".slice(0, Math.max(chars, 0));
  return `${points.slice(0, chars - 1).join("").trimEnd()}…`;
}

/** Returns `text` with every non-empty line indented by `spaces` spaces (the first line too). */
export function indent(text: string, spaces: number): string {
  const pad = " ".repeat(Math.max(0, Math.floor(spaces)));
  return text
    .split("\n")
    .map((line) => (line.trim() === "" ? line : pad + line))
    .join("\n");
}

// Characters that start or end markdown inline syntax (emphasis, code, links, HTML, entities, table cells)
// anywhere in a line. `(`, `)` and `!` need no escape once `[` and `]` are escaped.
const INLINE_SPECIAL = /[\\`*_[\]<#|~&]/g;
// Sequences that only mean something at the start of a line: quote, list bullets, ordered list.
const LINE_START = /^(\s*)([-+>]|\d+[.)])(?=\s|$)/;

/** Returns `text` as literal markdown on one line: special characters backslash-escaped, newlines as spaces. */
export function plain(text: string): string {
  const oneLine = text.replace(/\s*\r?\n\s*/g, " ").trim();
  const escaped = oneLine.replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
  return escaped.replace(LINE_START, (_all, space: string, mark: string) => {
    if (/^\d/.test(mark)) return `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`;
    return `${space}\\${mark}`;
  });
}

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Date styles understood by `formatDate`. */
export type DateStyle = "long" | "short" | "iso";

/** Returns an ISO `YYYY-MM-DD` date written out in `language`; any other text is returned unchanged. */
export function formatDate(value: string, style: DateStyle, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return value;
  const [iso, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (style === "iso") return iso;
  if (language === "ko") return style === "short" ? `${month}/${day}` : `${y}년 ${month}월 ${day}일`;
  const name = MONTHS_EN[month - 1] ?? String(month);
  return style === "short" ? `${day} ${name.slice(0, 3)}` : `${day} ${name} ${y}`;
}
