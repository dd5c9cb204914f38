/** `prep-print build` and `templates`, in-process, plus one run of the real binary. */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { importNotes, readAnkiFile } from "../emit/anki/anki-reader.js";
import { prepPrint } from "./run.js";

const repo = process.cwd();

/** Returns a temp folder holding a copy of the bundled `content/`. */
async function project(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "prep-print-build-"));
  await cp(join(repo, "content"), join(dir, "content"), { recursive: true });
  return dir;
}

const pdfPages = (bytes: Buffer): number => bytes.toString("latin1").match(/\/Type \/Page\b/g)?.length ?? 0;
const mediaBox = (bytes: Buffer): string => /\/MediaBox \[([^\]]+)\]/.exec(bytes.toString("latin1"))?.[1]?.trim() ?? "";

describe("prep-print build", () => {
  it("builds the three PDFs from content/ with a summary line each", async () => {
    const dir = await project();
    const { code, stdout } = await prepPrint(["build"], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^out\/cheatsheet\.pdf {2}1 page, A4, [\d.]+ pt type {2}[\d.]+ s$/m);
    expect(stdout).toMatch(/^out\/flashcards\.pdf {2}\d+ pages, \d+ cards on \d+ sheets.* {2}[\d.]+ s$/m);
    expect(stdout).toMatch(/^out\/storybook\.pdf {2}\d+ pages, 7 stories on \d+ pages {2}[\d.]+ s$/m);
    expect(stdout).toMatch(/^3 of 3 built in [\d.]+ s$/m);
    expect((await readdir(join(dir, "out"))).sort()).toEqual(["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"]);
    expect(pdfPages(await readFile(join(dir, "out", "cheatsheet.pdf")))).toBe(1);
  });

  it("rebuilds byte-identical PDFs", async () => {
    const dir = await project();
    await prepPrint(["build", "-o", "a"], dir);
    await prepPrint(["build", "-o", "b"], dir);
    for (const file of ["cheatsheet.pdf", "flashcards.pdf", "storybook.pdf"]) {
      expect((await readFile(join(dir, "a", file))).equals(await readFile(join(dir, "b", file)))).toBe(true);
    }
  });

  it("builds only what --only names, on the paper --paper names", async () => {
    const dir = await project();
    const { code } = await prepPrint(["build", "--only", "cheatsheet", "--paper", "letter", "-o", "letter"], dir);
    expect(code).toBe(0);
    expect(await readdir(join(dir, "letter"))).toEqual(["cheatsheet.pdf"]);
    expect(mediaBox(await readFile(join(dir, "letter", "cheatsheet.pdf")))).toBe("0 0 612 792");
  });

  it("writes HTML pages and an Anki deck with --format, keeps the Anki ids beside the notes, and ends with the readiness line", async () => {
    const dir = await project();
    const { code, stdout } = await prepPrint(["build", "--format", "pdf,html,anki"], dir);
    expect(code).toBe(0);
    const files = (await readdir(join(dir, "out"))).sort();
    expect(files).toEqual(["cheatsheet.html", "cheatsheet.pdf", "deck.tsv", "flashcards.html", "flashcards.pdf", "storybook.html", "storybook.pdf"]);
    expect(stdout).toMatch(/^7 of 7 built in [\d.]+ s$/m);
    expect(stdout).toMatch(/^readiness: \d+\/16 principles with 2\+ stories/m);
    const lock = await readFile(join(dir, "content", ".prep-print", "ids.json"), "utf8");
    const deck = await readFile(join(dir, "out", "deck.tsv"), "utf8");
    const notes = importNotes(readAnkiFile(deck));
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes) expect(lock).toContain(`"guid":${JSON.stringify(note.guid)}`);
    const html = await readFile(join(dir, "out", "storybook.html"), "utf8");
    expect(html).toContain('<html lang="ko"');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)="https?:/);
  });

  it("fails on a misspelt template field with file:line:col and a suggestion, keeping the previous PDF", async () => {
    const dir = await project();
    await prepPrint(["build", "--only", "cheatsheet"], dir);
    const before = await readFile(join(dir, "out", "cheatsheet.pdf"));
    await mkdir(join(dir, "mine", "partials"), { recursive: true });
    await writeFile(join(dir, "mine", "partials", "cheatsheet-principle.md.hbs"), "### {{name}}\n\n{{#each stroies}}- {{this}}\n{{/each}}\n");
    const { code, stderr } = await prepPrint(["build", "--only", "cheatsheet", "-t", "mine"], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/mine\/partials\/cheatsheet-principle\.md\.hbs:3:\d+: error .*`stroies`.*did you mean `stories`\?/);
    expect((await readFile(join(dir, "out", "cheatsheet.pdf"))).equals(before)).toBe(true);
  });

  it("reports a template syntax error before writing any PDF", async () => {
    const dir = await project();
    await mkdir(join(dir, "broken"));
    await writeFile(join(dir, "broken", "storybook.md.hbs"), "---\npaper: a4\n---\n# {{document.title}\n");
    const { code, stderr } = await prepPrint(["build", "-t", "broken", "--only", "storybook"], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/broken\/storybook\.md\.hbs:4:\d+: error .*template-parse/);
    await expect(stat(join(dir, "out"))).rejects.toThrow();
  });

  it("exits 1 for notes that cannot be read, and 2 for a bad option value", async () => {
    const dir = await project();
    expect((await prepPrint(["build", "missing.md"], dir)).code).toBe(1);
    expect((await prepPrint(["build", "--only", "posters"], dir)).code).toBe(2);
    expect((await prepPrint(["build", "--back-offset", "1.5"], dir)).code).toBe(2);
  });

  it("takes defaults from prep-print.config.json", async () => {
    const dir = await project();
    await writeFile(join(dir, "prep-print.config.json"), JSON.stringify({ out: "print", only: ["cheatsheet"], paper: "letter" }));
    expect((await prepPrint(["build"], dir)).code).toBe(0);
    expect(mediaBox(await readFile(join(dir, "print", "cheatsheet.pdf")))).toBe("0 0 612 792");
  });
});

describe("characters no font has", () => {
  it("are reported at the note line that holds them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-glyph-"));
    await writeFile(join(dir, "notes.md"), "## Customer Obsession\n\nDelight first 🦄 always.\n");
    const { code, stderr } = await prepPrint(["build", "notes.md", "--only", "cheatsheet"], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^notes\.md:3:15: warning No font has a glyph for `🦄` \(U\+1F984\) in cheatsheet\.pdf.* {2}missing-glyph$/m);
  });

  it("are each reported once a build, and past ten in one warning", async () => {
    const dir = await mkdtemp(join(tmpdir(), "prep-print-glyph-"));
    const emoji = Array.from({ length: 40 }, (_, i) => String.fromCodePoint(0x1f980 + i));
    const story = "**Situation:** The build broke.\n**Task:** Fix it.\n**Action:** I fixed it.\n**Result:** 3 times faster.\n";
    await writeFile(join(dir, "notes.md"), `## Customer Obsession\n\nDelight ${emoji.join(" ")} always.\n\n### Story: Fast\n\n${story}`);
    const { stderr } = await prepPrint(["build", "notes.md"], dir);
    const lines = stderr.split("\n").filter((line) => line.endsWith("missing-glyph"));
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toMatch(/^notes\.md:3:\d+: warning No font has a glyph for 30 more characters: `.` \(U\+1F98A\), .*, …; they are drawn/u);
  });
});

describe("prep-print templates", () => {
  it("lists where each file comes from, custom files first", async () => {
    const dir = await project();
    await mkdir(join(dir, "mine", "partials"), { recursive: true });
    await writeFile(join(dir, "mine", "partials", "cheatsheet-principle.md.hbs"), "### {{name}}\n");
    const { code, stdout } = await prepPrint(["templates", "list", "-t", "mine"], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^partial +cheatsheet-principle +custom +mine\/partials\/cheatsheet-principle\.md\.hbs$/m);
    expect(stdout).toMatch(/^template +cheatsheet +default +\S+templates\/cheatsheet\.md\.hbs$/m);
    expect(stdout).toMatch(/^template +storybook +default/m);
  });

  it("ejects the defaults once; a second run changes nothing and says so", async () => {
    const dir = await project();
    const first = await prepPrint(["templates", "eject"], dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("created  templates/cheatsheet.md.hbs");
    const second = await prepPrint(["templates", "eject"], dir);
    expect(second.stdout).not.toContain("created");
    expect(second.stdout).toContain("Nothing changed");
    expect((await prepPrint(["build", "-t", "templates", "--only", "cheatsheet"], dir)).code).toBe(0);
  });
});

describe("the installed binary", () => {
  it("runs as compiled JavaScript and builds a cheat sheet", async () => {
    const dir = await project();
    const run = promisify(execFile);
    const { stdout } = await run(process.execPath, [join(repo, "bin", "prep-print.js"), "build", "--only", "cheatsheet"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    expect(stdout).toMatch(/^out\/cheatsheet\.pdf {2}1 page/m);
    await expect(run(process.execPath, [join(repo, "bin", "prep-print.js"), "build", "--paper", "a3"], { cwd: dir })).rejects.toMatchObject({ code: 2 });
  });
});
