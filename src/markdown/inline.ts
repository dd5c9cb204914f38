/** marked inline tokens → styled runs. */
import type { MarkedToken, Token } from "marked";
import type { Run, RunStyle } from "./types.js";
import { append } from "../arrays.js";

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Returns text with HTML entities (named basics and numeric) decoded. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return safeChar(parseInt(name.slice(2), 16), whole);
    if (name.startsWith("#")) return safeChar(parseInt(name.slice(1), 10), whole);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function safeChar(code: number, fallback: string): string {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** Returns the visible text of an HTML fragment: tags and comments removed, entities decoded. */
export function stripTags(html: string): string {
  return decodeEntities(html.replace(/<!--[\s\S]*?-->/g, "").replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, ""));
}

/** Returns the runs of a list of inline tokens; soft line breaks become spaces. */
export function inlineRuns(tokens: Token[] | undefined, style: RunStyle = {}): Run[] {
  const runs: Run[] = [];
  for (const token of tokens ?? []) append(runs, tokenRuns(token, style));
  return mergeRuns(runs);
}

function tokenRuns(generic: Token, style: RunStyle): Run[] {
  const token = generic as MarkedToken;
  switch (token.type) {
    case "text":
      return token.tokens ? inlineRuns(token.tokens, style) : [text(token.text, style)];
    case "escape":
      return [{ ...style, text: token.text }];
    case "strong":
      return inlineRuns(token.tokens, { ...style, bold: true });
    case "em":
      return inlineRuns(token.tokens, { ...style, italic: true });
    case "del":
      return inlineRuns(token.tokens, style);
    case "codespan":
      return [{ ...style, code: true, text: decodeEntities(token.text).replace(/\n/g, " ") }];
    case "link":
      return inlineRuns(token.tokens, { ...style, link: token.href });
    case "image":
      return [{ ...style, text: token.text || token.href }];
    case "br":
      return [{ ...style, text: "\n" }];
    case "html":
      return [{ ...style, text: stripTags(token.text) }];
    case "checkbox":
      return [{ ...style, text: token.checked ? "☑ " : "☐ " }];
    case "space":
    case "def":
    case "hr":
    case "heading":
    case "paragraph":
    case "list":
    case "list_item":
    case "blockquote":
    case "code":
    case "table":
      return "text" in token ? [text(token.text, style)] : [];
    default:
      return [text(String((generic as { text?: unknown }).text ?? generic.raw), style)];
  }
}

/** Returns a text run: entities decoded, soft breaks as spaces, and the arrows people type (`->`, `=>`) as arrows. */
function text(raw: string, style: RunStyle): Run {
  const words = decodeEntities(raw).replace(/[ \t]*\n[ \t]*/g, " ");
  return { ...style, text: style.code ? words : words.replace(/-{1,2}>/g, "→").replace(/=>/g, "⇒").replace(/<-{1,2}(?!-)/g, "←") };
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.code === !!b.code && a.link === b.link;
}

/** Returns runs with empty runs dropped and neighbours of the same style joined. */
export function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === "") continue;
    const last = out[out.length - 1];
    if (last && sameStyle(last, run)) out[out.length - 1] = { ...last, text: last.text + run.text };
    else out.push(run);
  }
  return out;
}
