/**
 * A reader that follows Anki's text import (rslib `import_export/text/csv`): `#key:value`
 * header lines first, then CSV with `#` comment lines and `"` quoting (a doubled `""` is a
 * quote), columns mapped the way the import dialog maps them. Strict where Anki is lenient,
 * so that anything odd in our output fails a test instead of being guessed at.
 */

export interface AnkiFile {
  /** Header values by lower-case key, as Anki reads them (the last one wins). */
  headers: Map<string, string>;
  /** The 1-based line where the first non-header line starts. */
  bodyLine: number;
  rows: string[][];
}

export interface ImportedNote {
  guid: string;
  fields: string[];
  tags: string[];
  deck: string;
}

const SEPARATORS: Record<string, string> = { comma: ",", semicolon: ";", tab: "\t", space: " ", pipe: "|", colon: ":" };

/** Reads the header lines: every line from the top that starts with `#` (a `key:value` or a comment). */
function readHeaders(lines: string[]): { headers: Map<string, string>; count: number } {
  const headers = new Map<string, string>();
  let count = 0;
  for (const line of lines) {
    if (!line.startsWith("#")) break;
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1));
    count++;
  }
  return { headers, count };
}

/** Splits CSV text into records (`#` lines between records are comments, blank lines skipped). */
export function parseRecords(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === "#" || text[i] === "\n" || text[i] === "\r") {
      const end = text.indexOf("\n", i);
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      const [field, next] = readField(text, i, separator);
      row.push(field);
      i = next;
      if (text[i] !== separator) break;
      i++;
    }
    if (i < text.length && text[i] !== "\n" && text[i] !== "\r") throw new Error(`Stray character at ${i}`);
    i += text.startsWith("\r\n", i) ? 2 : 1;
    rows.push(row);
  }
  return rows;
}

function readField(text: string, start: number, separator: string): [string, number] {
  if (text[start] !== '"') {
    let end = start;
    while (end < text.length && text[end] !== separator && text[end] !== "\n" && text[end] !== "\r") end++;
    const field = text.slice(start, end);
    if (field.includes('"')) throw new Error(`Unquoted field with a quote: ${field}`);
    return [field, end];
  }
  let value = "";
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote === -1) throw new Error(`Unterminated quoted field at ${start}`);
    value += text.slice(i, quote);
    if (text[quote + 1] !== '"') return [value, quote + 1];
    value += '"';
    i = quote + 2;
  }
}

/** Reads a file as Anki's importer does: headers, separator, records. */
export function readAnkiFile(text: string): AnkiFile {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.split("\n");
  const { headers, count } = readHeaders(lines);
  const name = (headers.get("separator") ?? "").trim().toLowerCase();
  const separator = SEPARATORS[name] ?? (name.length === 1 ? name : undefined);
  if (separator === undefined) throw new Error("No #separator header");
  return { headers, bodyLine: count + 1, rows: parseRecords(body, separator) };
}

/**
 * Returns the notes Anki would import, mapping columns as its dialog does: GUID, tags and deck
 * columns from the headers; fields by name when `#columns` names any, else by position among
 * the other columns (`fieldNames` are the note type's fields, e.g. a Korean Anki's 앞면, 뒷면).
 */
export function importNotes(file: AnkiFile, fieldNames: readonly string[] = ["Front", "Back"]): ImportedNote[] {
  const column = (key: string): number => Number((file.headers.get(key) ?? "0").trim());
  const [guid, tags, deck] = [column("guid column"), column("tags column"), column("deck column")];
  const meta = new Set([guid, tags, deck].filter((c) => c > 0));
  const labels = parseRecords(file.headers.get("columns") ?? "", "\t")[0] ?? [];
  const width = Math.max(labels.length, file.rows[0]?.length ?? 0);
  const regular = Array.from({ length: width }, (_, i) => i + 1).filter((c) => !meta.has(c));
  const fieldColumns = labels.every((l) => l === "")
    ? fieldNames.map((_, i) => regular[i] ?? 0)
    : fieldNames.map((name, i) => (labels.indexOf(name) >= 0 ? labels.indexOf(name) + 1 : i === 0 ? 1 : 0));
  return file.rows.map((row) => ({
    guid: row[guid - 1] ?? "",
    fields: fieldColumns.map((c) => (c > 0 ? (row[c - 1] ?? "") : "")),
    tags: (row[tags - 1] ?? "").split(/\s+/).filter((t) => t !== ""),
    deck: row[deck - 1] ?? file.headers.get("deck") ?? "",
  }));
}
