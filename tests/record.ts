/**
 * Test helper: the words of every note line, the way a reader checks that the story book is the
 * complete record (the same rules as the team's pdfcheck.py `record`): front matter, a table's
 * header row, a leading STAR or tag label, HTML tags and link targets are not words of the notes.
 */
const WORD = /[0-9A-Za-z\u00c0-\u024f\uac00-\ud7a3\u3131-\u318e\u4e00-\u9fff]+/g;
const LABEL = /^[\s>*_#\-+\d.)]*\**(S|T|A|R|Situation|Task|Action|Result|Activity|Background|Context|Challenge|Outcome|Impact|상황|과제|행동|결과|배경|문제|해결|성과|LP|LPs|Principles?|Tags|원칙|Q|A|질문|답)\**\s*([:：-]|$)/i;

/** Returns each non-blank line of the notes outside front matter with its words. */
export function noteLines(source: string): { line: number; words: string[] }[] {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  let start = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
    if (end > 0) start = end + 1;
  }
  const out: { line: number; words: string[] }[] = [];
  lines.slice(start).forEach((raw, i, body) => {
    const next = body[i + 1] ?? "";
    if (raw.includes("|") && /^\s*\|?\s*:?-{3,}/.test(next)) return; // a table's header row is structure
    const text = raw.replace(LABEL, "").replace(/<[^>]+>/g, " ").replace(/\]\([^)]*\)/g, "]");
    const words = text.match(WORD) ?? [];
    if (words.length > 0) out.push({ line: start + i + 1, words });
  });
  return out;
}

/** Returns the note lines with a word missing from `text` (the PDF's text), as `line: words`. */
export function missingLines(source: string, text: string): string[] {
  const haystack = text.replace(/\s+/g, "").toLowerCase();
  return noteLines(source).flatMap(({ line, words }) => {
    const missing = words.filter((w) => !haystack.includes(w.toLowerCase()));
    return missing.length > 0 ? [`${line}: ${missing.slice(0, 4).join(" ")}`] : [];
  });
}
