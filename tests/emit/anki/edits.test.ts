/** The edit series through the real reader: edits keep every surviving card's Anki GUID. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportDeck } from "./export.js";

const STORY = `## Stories

### Story: Slow search page
Principles: Customer Obsession, Dive Deep

**Situation:** Shoppers waited six seconds for search results on phones.
**Task:** Get the page under one second without new servers.
**Action:** I traced each request, cached the facet counts and cut two blocking calls.
**Result:** Median load fell to 0.7 seconds; searches per visit rose 12%.
`;

function notes(questions: [string, string][]): string {
  const body = questions.map(([q, a]) => `### ${q}\n${a}\n`).join("\n");
  return `---\ntitle: Loop practice\n---\n\n## Questions\n\n${body}\n${STORY}`;
}

const BEFORE: [string, string][] = [
  ["Why do you want to join this team?", "I like building tools that other engineers rely on every day."],
  ["Tell me about a time you mised a deadline.", "The export slipped a week; I told the client early and shipped part of it first."],
  ["Describe a conflict with a colleague.", "We argued about test coverage; I proposed a one-month trial and we compared bug counts."],
  ["How do you decide what to work on first?", "Customer impact first, then how cheap the change is to undo."],
  ["What would your last manager say about you?", "That I write things down and always follow up."],
  ["Tell me about a risk you took.", "I rewrote the billing job over a weekend, behind a switch that could roll it back."],
];

/** The same notes after a week: an answer rewritten, a typo fixed, two swapped, one added, one gone. */
const AFTER: [string, string][] = [
  ["Why do you want to join this team?", "Your platform team's tools are used by every engineer here, and that reach is what I want."],
  ["Tell me about a time you missed a deadline.", "The export slipped a week; I told the client early and shipped part of it first."],
  ["How do you decide what to work on first?", "Customer impact first, then how cheap the change is to undo."],
  ["Describe a conflict with a colleague.", "We argued about test coverage; I proposed a one-month trial and we compared bug counts."],
  ["What do you do when you are blocked for days?", "I write down what I tried, ask one named person, and switch to the next task meanwhile."],
  ["Tell me about a risk you took.", "I rewrote the billing job over a weekend, behind a switch that could roll it back."],
];

async function notesFolder(questions: [string, string][]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "prep-print-anki-"));
  await writeFile(join(folder, "notes.md"), notes(questions));
  return folder;
}

describe("Anki ids across edits of the notes", () => {
  it("keeps every surviving card's GUID and gives only the new question a new one", async () => {
    const folder = await notesFolder(BEFORE);
    const first = await exportDeck(folder);
    expect(first.notes.map((n) => n.fields[0])).toEqual(expect.arrayContaining(BEFORE.map(([q]) => q)));
    await writeFile(join(folder, "notes.md"), notes(AFTER));
    const second = await exportDeck(folder);

    const q = (text: string) => `question:${text}`;
    const kept: [string, string][] = [
      [q(BEFORE[0]![0]), q(AFTER[0]![0])], // answer changed
      [q(BEFORE[1]![0]), q(AFTER[1]![0])], // typo fixed in the question
      [q(BEFORE[2]![0]), q(AFTER[3]![0])], // swapped with the next one
      [q(BEFORE[3]![0]), q(AFTER[2]![0])],
      [q(BEFORE[5]![0]), q(AFTER[5]![0])], // after an insert and a delete
      ["story:Slow search page", "story:Slow search page"],
      ["principle:dive-deep", "principle:dive-deep"],
    ];
    for (const [before, after] of kept) expect(second.guidOf.get(after), after).toBe(first.guidOf.get(before));

    const oldGuids = new Set(first.notes.map((n) => n.guid));
    const added = second.notes.filter((n) => !oldGuids.has(n.guid)).map((n) => n.fields[0]);
    expect(added).toEqual([AFTER[4]![0]]);
    const gone = first.guidOf.get(q(BEFORE[4]![0]));
    expect(second.notes.some((n) => n.guid === gone)).toBe(false);
    expect(second.diagnostics).toEqual([]);
  });

  it("leaves the lock byte-identical when nothing changed, and when questions are only reordered", async () => {
    const folder = await notesFolder(BEFORE);
    const first = await exportDeck(folder);
    const again = await exportDeck(folder);
    expect(await readFile(first.lockPath, "utf8")).toBe(first.lockText);
    expect(again.lockText).toBe(first.lockText);
    expect(again.tsv).toBe(first.tsv);
    await writeFile(join(folder, "notes.md"), notes([...BEFORE].reverse()));
    const reordered = await exportDeck(folder);
    expect(reordered.lockText).toBe(first.lockText);
  });

  it("gives two clean builds of the same notes the same deck", async () => {
    const [a, b] = await Promise.all([notesFolder(BEFORE), notesFolder(BEFORE)]);
    expect((await exportDeck(a)).tsv).toBe((await exportDeck(b)).tsv);
  });

  it("warns at the question when an edited question is as close to two old ones", async () => {
    const folder = await notesFolder([
      ["Describe your biggest failure at work.", ""],
      ["Describe your biggest failure at school.", ""],
      ["Tell me about a risk you took.", "A weekend rewrite behind a switch."],
    ]);
    const first = await exportDeck(folder);
    await writeFile(join(folder, "notes.md"), notes([
      ["Tell me about a risk you took.", "A weekend rewrite behind a switch."],
      ["Describe your biggest failure.", ""],
    ]));
    const second = await exportDeck(folder);
    const text = await readFile(join(folder, "notes.md"), "utf8");
    const line = text.split("\n").indexOf("### Describe your biggest failure.") + 1;
    expect(second.diagnostics).toEqual([
      expect.objectContaining({ file: "notes.md", line, severity: "warning", ruleId: "anki-id-ambiguous" }),
    ]);
    const kept = second.guidOf.get("question:Describe your biggest failure.");
    expect(kept).toBe(first.guidOf.get("question:Describe your biggest failure at work."));
  });
});
