/** The markdown stage's output: blocks and inline runs, shared by every emitter. */

/** How a piece of inline text is set. */
export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** "#name" for a named destination, otherwise a URL. */
  link?: string;
}

/** A piece of inline text in one style; "\n" inside `text` is a hard line break. */
export interface Run extends RunStyle {
  text: string;
}

/** A block of the document, made from markdown by `parseMarkdown`. */
export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; runs: Run[] }
  | { kind: "paragraph"; runs: Run[] }
  | { kind: "list"; ordered: boolean; start: number; delimiter: "." | ")"; items: ListItem[] }
  | { kind: "quote"; blocks: Block[] }
  /** `lang`: the fence's info word (`sql`), shown as a caption. */
  | { kind: "code"; text: string; lang?: string }
  | { kind: "hr" }
  | { kind: "table"; header: Run[][]; rows: Run[][][] }
  | { kind: "page" }
  | { kind: "column" }
  | { kind: "anchor"; name: string }
  /** Keep the section that the next heading opens on one page when it fits one. */
  | { kind: "keep" };

/** One list item; `continued` marks the rest of an item split over two regions (no marker drawn). */
export interface ListItem {
  blocks: Block[];
  continued?: boolean;
}
