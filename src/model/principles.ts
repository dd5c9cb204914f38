/** What the notes say about a principle: its definition, notes, hook, the quotes written about it, and table hooks. */
import type { NoteLine } from "../notes/lines.js";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import { principleText } from "./entries.js";
import { unquote } from "./evidence.js";
import { plainText } from "./markdown.js";
import type { PrincipleMatcher } from "./match.js";
import type { Reader } from "./interpret.js";
import type { Scope } from "./roles.js";
import { tableHooks } from "./tables.js";
import { append } from "../arrays.js";

/** Sets a principle's written name, hook, definition and notes from the lines under its heading or item. */
export function describePrinciple(id: string, head: NoteLine, remainder: string, rest: NoteLine[], reader: Reader): void {
  const principle = reader.into.principles.get(id);
  if (!principle) return;
  const text = principleText(rest, reader.file);
  const writtenAs = plainText(head.text);
  if (writtenAs !== principle.name && !principle.writtenAs.includes(writtenAs)) principle.writtenAs.push(writtenAs);
  if (remainder && !principle.hook) principle.hook = plainText(remainder);
  if (!principle.definition) principle.definition = text.definition;
  else if (text.definition) principle.notes.push({ text: text.definition, source: { file: reader.file, line: head.line } });
  append(principle.notes, text.notes);
  principle.source ??= { file: reader.file, line: head.line };
}

/** Gives the principles named in table rows among `lines` their hooks. */
export function hooksFrom(lines: readonly NoteLine[], reader: Reader): void {
  for (const hook of tableHooks(lines, reader.matcher)) {
    const principle = reader.into.principles.get(hook.id);
    if (!principle) continue;
    principle.hook = hook.hook;
    principle.notes.push({ text: hook.hook, source: { file: reader.file, line: hook.line } });
    const writtenAs = plainText(hook.writtenAs);
    if (writtenAs !== principle.name && !principle.writtenAs.includes(writtenAs)) principle.writtenAs.push(writtenAs);
    principle.source ??= { file: reader.file, line: hook.line };
  }
}

const PRINCIPLE_LABEL = /^(?:principles?|lps?|leadership principles?|원칙|리더십\s*원칙)$/i;

/**
 * Takes out the lines that quote what a principle means (`**Principle**: "…"`, `**Ownership**: "…"`):
 * they are kept with the principle they name, or the one in scope. Returns the other lines.
 */
export function takeQuotes(lines: NoteLine[], scope: Scope, reader: Reader): NoteLine[] {
  if (!lines.some((l) => l.label !== undefined && /^["“'‘「『]/.test(l.label.rest))) return lines;
  return lines.filter((line) => {
    const id = quotedPrinciple(line, scope, reader.matcher);
    if (!id) return true;
    const quotes = reader.into.quotes.get(id) ?? [];
    quotes.push({ text: unquote(plainText(line.label?.rest ?? "")), source: { file: reader.file, line: line.line } });
    reader.into.quotes.set(id, quotes);
    return false;
  });
}

function quotedPrinciple(line: NoteLine, scope: Scope, matcher: PrincipleMatcher): string | null {
  const label = line.label;
  if (line.kind !== "text" || !label || !/^["“'‘「『]/.test(label.rest)) return null;
  if (PRINCIPLE_LABEL.test(label.words)) return scope.principle;
  const match = matcher.match(label.words);
  return match?.remainder === "" ? match.id : null;
}

/** Returns a warning for a name that looks like a misspelt principle (`Dive Deeper`), or null for words that are no principle name at all. */
export function unknownPrinciple(text: string, file: string, line: number, matcher: PrincipleMatcher): Diagnostic | null {
  const words = plainText(text);
  if (words.split(/\s+/).length > 6) return null;
  const near = matcher.near(words);
  if (!near) return null;
  return diagnostic("warning", { file, line, column: 1 }, `Unknown principle \`${words}\`, did you mean \`${near.name}\`?`, "unknown-principle");
}
