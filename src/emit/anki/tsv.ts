/**
 * The deck as a text file for Anki's File › Import: header lines that preset every dialog
 * setting, then one tab-separated row per note, quoted the way Anki's CSV reader unquotes.
 */
import type { AnkiCard } from "./identity.js";

export interface DeckOptions {
  /** The deck the cards go to (created by the import when missing); `::` makes a subdeck. */
  deckName: string;
}

/** Column numbers (1-based), as the header tells Anki. */
const COLUMNS = { guid: 1, front: 2, back: 3, tags: 4, deck: 5 } as const;

/** Returns `value` as one field: quoted (and `"` doubled) when it holds a tab, line break, `"` or `#`. */
export function tsvField(value: string): string {
  // Anki drops control characters other than tab and newline from fields; a lone CR would end the row.
  const clean = value.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
  // `#` too, as Anki's own exporter does: a row whose first field starts with `#` is a comment.
  return /[\t\n"#]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}

/** Returns `tag` as one Anki tag: spaces (which separate tags) and quotes become `_`. */
export function ankiTag(tag: string): string {
  return tag.replace(/[\s"\u0000-\u001f]+/g, "_");
}

/** Returns the deck name on one line, without tabs; "prep-print" when it is empty. */
function oneLine(name: string): string {
  return name.replace(/\s+/g, " ").trim() || "prep-print";
}

function header(deck: string): string[] {
  return [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#deck:${deck}`,
    // Re-importing updates the notes with these GUIDs, in place, keeping their review history.
    "#if matches:update current",
    `#guid column:${COLUMNS.guid}`,
    `#tags column:${COLUMNS.tags}`,
    // A deck column makes the import create the deck; `#deck:` alone only picks an existing one.
    `#deck column:${COLUMNS.deck}`,
    // Labels left empty on purpose: Anki then maps Front and Back by position, whatever the
    // field names are in the user's language (named labels that miss would map Front to the GUID).
    `#columns:${"\t".repeat(Object.keys(COLUMNS).length - 1)}`,
    "# prep-print: columns are GUID, Front, Back, tags, deck",
  ];
}

/** Returns the text of `deck.tsv` for `cards` with the GUIDs in `ids` (every card must have one). */
export function deckTsv(cards: readonly AnkiCard[], ids: ReadonlyMap<AnkiCard, string>, options: DeckOptions): string {
  const deck = oneLine(options.deckName);
  const rows = cards.map((card) => {
    const guid = ids.get(card);
    if (guid === undefined) throw new Error(`No Anki id for the card \`${card.key}\``);
    const tags = [...new Set(card.tags.map(ankiTag).filter((t) => t !== ""))].join(" ");
    return [guid, card.front, card.back, tags, deck].map(tsvField).join("\t");
  });
  return `${[...header(deck), ...rows].join("\n")}\n`;
}
