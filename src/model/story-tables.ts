/**
 * Tables with a story per row: a header naming the STAR parts as columns (`| Story | LP |
 * Situation | Task | Action | Result |`), as spreadsheets and Notion databases export them.
 */
import type { NoteLine } from "../notes/lines.js";
import { starLabel } from "../notes/labels.js";
import type { StoryDraft } from "./star.js";
import { splitCells } from "./tables.js";
import type { StarPart } from "./types.js";

const TITLE = /^(?:story|stories|title|name|project|episode|스토리|제목|이름|프로젝트|사례|에피소드)$/i;
/** A question column names the row's story when no column is its title. */
const QUESTION = /^(?:questions?|prompt|질문|예상\s*질문)$/i;
const TAGS = /^(?:lps?|principles?|leadership principles?|tags?|원칙|리더십\s*원칙)$/i;

/** A story read from one table row, with the row it came from. */
export interface RowStory {
  draft: StoryDraft;
  row: NoteLine;
}

/** Returns a story draft for each data row of every table in `lines` whose header names two STAR parts or more. */
export function tableStories(lines: readonly NoteLine[]): RowStory[] {
  const found: RowStory[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i] as NoteLine;
    if (header.kind !== "table" || lines[i - 1]?.kind === "table") continue;
    const columns = splitCells(header.text).map(columnOf);
    if (columns.filter((c) => c.part !== undefined).length < 2) continue;
    for (let k = i + 1; lines[k]?.kind === "table"; k++) {
      const row = lines[k] as NoteLine;
      // A header repeated inside the table (two cells naming parts) is no story.
      if (splitCells(row.text).filter((cell) => starLabel(cell.replace(/[:：]$/, "").trim())).length >= 2) continue;
      const draft = draftOf(row, columns);
      // The separator row, and any row with no words in its STAR cells, is no story.
      if (Object.values(draft.parts).some((p) => /[\p{L}\p{N}]/u.test(p.label.text))) found.push({ draft, row });
    }
  }
  return found;
}

interface Column {
  part?: StarPart;
  title: boolean;
  question: boolean;
  tags: boolean;
}

function columnOf(cell: string): Column {
  const words = cell.replace(/[:：]$/, "").trim();
  return { part: starLabel(words)?.part, title: TITLE.test(words), question: QUESTION.test(words), tags: TAGS.test(words) };
}

function draftOf(row: NoteLine, columns: readonly Column[]): StoryDraft {
  const cells = splitCells(row.text);
  const at = (text: string, kind: NoteLine["kind"], part?: StarPart): NoteLine => ({ line: row.line, raw: text, indent: 0, kind, text, part, block: false });
  const draft: StoryDraft = { titleLine: null, firstLine: row, parts: {}, notes: [], tags: [] };
  cells.forEach((cell, index) => {
    const column = columns[index] ?? { title: false, question: false, tags: false };
    // A second column for the same part (`S` and `Situation`) is kept as notes.
    if (column.part && !draft.parts[column.part]) draft.parts[column.part] = { label: at(cell, "star", column.part), more: [] };
    else if (column.part) draft.notes.push(at(cell, "text"));
    else if ((column.title || (column.question && !columns.some((c) => c.title))) && cell !== "") draft.titleLine = at(cell, "text");
    else if (column.tags && cell !== "") draft.tags.push(at(cell, "tags"));
    else if (cell !== "") draft.notes.push(at(cell, "text"));
  });
  return draft;
}
