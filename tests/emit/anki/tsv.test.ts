/** deck.tsv as Anki's importer reads it: headers first, quoted fields intact, GUIDs unique, tags clean. */
import { describe, expect, it } from "vitest";
import { deckTsv, tsvField, type AnkiCard } from "../../../src/emit/anki/index.js";
import { importNotes, parseRecords, readAnkiFile } from "./anki-reader.js";

function card(front: string, back: string, tags: string[] = ["prep-print::question"]): AnkiCard {
  return { kind: "question", key: front, context: back, front, back, tags, source: null };
}

const TRICKY: AnkiCard[] = [
  card("Plain <b>bold</b> question?", "<p>One</p>\n<p>Two</p>"),
  card("Tab\there", 'Says "no" twice: ""'),
  card("# not a comment", "CRLF\r\nline and a lone\rCR"),
  card("가장 어려웠던 결정은?", "<ul>\n<li>결과: 30% 절감</li>\n</ul>", ["prep-print::lp::ownership", "my tag with spaces"]),
  card("Empty back", ""),
];

function ids(cards: AnkiCard[], guids: string[]): Map<AnkiCard, string> {
  return new Map(cards.map((c, i) => [c, guids[i] ?? ""]));
}

const GUIDS = ["#starts", "a\"b", "plain", "x,y;z", "{|}~"];

describe("deckTsv", () => {
  const text = deckTsv(TRICKY, ids(TRICKY, GUIDS), { deckName: "Loop\tprep::\nround 2" });
  const file = readAnkiFile(text);

  it("starts with the header lines that preset Anki's import dialog", () => {
    expect(Object.fromEntries(file.headers)).toMatchObject({
      separator: "tab",
      html: "true",
      notetype: "Basic",
      deck: "Loop prep:: round 2",
      "guid column": "1",
      "tags column": "4",
      "deck column": "5",
      "if matches": "update current",
    });
    const lines = text.split("\n");
    expect(lines.slice(0, file.bodyLine - 1).every((l) => l.startsWith("#"))).toBe(true);
    expect(file.rows).toHaveLength(TRICKY.length);
  });

  it("gives back every field exactly, line breaks normalised, as Anki reads it", () => {
    const notes = importNotes(file);
    expect(notes.map((n) => n.guid)).toEqual(GUIDS);
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    const expected = TRICKY.map((c) => [c.front, c.back].map((f) => f.replace(/\r\n?/g, "\n")));
    expect(notes.map((n) => n.fields)).toEqual(expected);
    expect(notes.every((n) => n.deck === "Loop prep:: round 2")).toBe(true);
  });

  it("maps Front and Back by position, so a note type with translated field names works too", () => {
    const korean = importNotes(file, ["앞면", "뒷면"]);
    expect(korean.map((n) => n.fields)).toEqual(importNotes(file).map((n) => n.fields));
  });

  it("writes tags without spaces inside them", () => {
    const tags = importNotes(file)[3]?.tags;
    expect(tags).toEqual(["prep-print::lp::ownership", "my_tag_with_spaces"]);
  });

  it("writes the same text for the same cards", () => {
    expect(deckTsv(TRICKY, ids(TRICKY, GUIDS), { deckName: "Loop\tprep::\nround 2" })).toBe(text);
  });

  it("refuses a card without an id (a program error, not a user's)", () => {
    expect(() => deckTsv(TRICKY, new Map(), { deckName: "x" })).toThrow(/No Anki id/);
  });
});

describe("tsvField", () => {
  it("leaves plain HTML unquoted and quotes what would end or hide a field", () => {
    expect(tsvField("<p>plain</p>")).toBe("<p>plain</p>");
    for (const value of ["a\tb", "a\nb", 'say "hi"', "#hash", "x\u0001y"]) {
      const [row] = parseRecords(`${tsvField(value)}\tend\n`, "\t");
      expect(row, value).toEqual([value.replace(/\u0001/g, ""), "end"]);
    }
  });
});
