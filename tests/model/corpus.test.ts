/** The notes corpus: every case's facts hold, no line is unplaced, and the model matches its golden JSON. */
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadModel } from "../../src/model/index.js";
import type { Model } from "../../src/model/types.js";
import { NOTES_CORPUS, listCases, readExpect, type Expect } from "../fixtures/notes/expect.js";

/** Returns every expected fact that the model does not have. */
function check(model: Model, e: Expect): string[] {
  const bad: string[] = [];
  if (model.principles.length !== e.principles) bad.push(`principles ${model.principles.length}`);
  if (model.questions.length !== e.questions.length) bad.push(`questions ${model.questions.length}≠${e.questions.length}: ${model.questions.map((q) => q.text).join(" / ")}`);
  const title = (id: string) => model.stories.find((s) => s.id === id)?.title ?? id;
  for (const q of e.questions) {
    const m = model.questions.find((x) => x.text === q.text);
    if (!m) { bad.push(`no question "${q.text}"`); continue; }
    if (q.answered !== undefined && (m.answer.trim() !== "") !== q.answered) bad.push(`answered "${q.text}"`);
    if (q.translation !== undefined && (m.translation ?? "") !== q.translation) bad.push(`q "${q.text}" translation ${m.translation}`);
    for (const s of q.stories ?? []) if (!m.stories.map(title).includes(s)) bad.push(`q "${q.text}" lacks story ${s} (has ${m.stories.map(title)})`);
    for (const p of q.principles ?? []) if (!m.principles.includes(p)) bad.push(`q "${q.text}" lacks ${p}`);
    if (q.contains?.answer && !m.answer.includes(q.contains.answer)) bad.push(`q "${q.text}" answer lacks ${q.contains.answer}`);
  }
  if (model.stories.length !== e.stories.length) bad.push(`stories ${model.stories.length}≠${e.stories.length}: ${model.stories.map((s) => s.title).join(" / ")}`);
  for (const s of e.stories) {
    const m = model.stories.find((x) => (s.title ? x.title === s.title : Object.entries(s.contains ?? {}).every(([k, v]) => (x[k as "task"] ?? "").includes(v))));
    if (!m) { bad.push(`no story ${s.title ?? JSON.stringify(s.contains)}`); continue; }
    for (const p of s.principles ?? []) if (!m.principles.includes(p)) bad.push(`story ${m.title} lacks ${p}`);
    if (s.missing && s.missing.join() !== m.missing.join()) bad.push(`story ${m.title} missing ${m.missing}≠${s.missing}`);
    for (const [k, v] of Object.entries(s.contains ?? {})) if (!(m[k as "task"] ?? "").includes(v)) bad.push(`story ${m.title} ${k} lacks ${v}`);
  }
  for (const [id, phrase] of Object.entries(e.principleNotes)) {
    const p = model.principles.find((x) => x.id === id);
    const text = p ? [p.definition, p.hook, ...p.notes.map((n) => n.text)].join("\n") : "";
    if (!text.includes(phrase)) bad.push(`principle ${id} lacks ${phrase}`);
  }
  const d = e.document;
  for (const k of ["title", "author", "role", "company", "date", "language"] as const) if (d[k] !== undefined && model.document[k] !== d[k]) bad.push(`document.${k} ${model.document[k]}≠${d[k]}`);
  for (const n of d.notes ?? []) if (!model.document.notes.some((x) => x.text.includes(n))) bad.push(`document notes lack ${n}`);
  return bad;
}


// Relative paths, so that the golden models name files the same way on every machine.
const corpus = relative(process.cwd(), NOTES_CORPUS);
const cases: [string, string, string][] = listCases().map((c) => [c, join(corpus, c), join(corpus, c, "expect.json")]);
cases.push(["content", "content", join(NOTES_CORPUS, "content.expect.json")]);
// The shared examples are checked against their stated facts here; their golden models are in examples.test.ts.
const EXAMPLE_NAMES = ["notes-ko", "notes-en", "notes-principles-en", "notes-principles-ko"];
const examples: [string, string, string][] = EXAMPLE_NAMES.map((n) => [n, `../shared/examples/${n}.md`, join(NOTES_CORPUS, `${n}.expect.json`)]);

describe.each(cases)("notes corpus: %s", (name, path, expectFile) => {
  it("has every expected fact, places every line and matches its golden model", async () => {
    const { model, diagnostics } = await loadModel([path], { cwd: process.cwd(), unplaced: true });
    expect(model).not.toBeNull();
    const facts = readExpect(expectFile);
    expect(check(model as Model, facts)).toEqual([]);
    const unplaced = diagnostics.filter((d) => d.ruleId === "unplaced-line").map((d) => `${d.line}: ${d.message}`);
    expect(unplaced).toHaveLength(facts.unplaced ?? 0);
    const counts = Object.fromEntries(Object.keys(facts.diagnostics).map((rule) => [rule, diagnostics.filter((d) => d.ruleId === rule).length]));
    expect(counts).toEqual(facts.diagnostics);
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot(`./golden/${name}.json`);
  });
});

describe.each(examples)("shared example: %s", (_name, path, expectFile) => {
  it("has every expected fact and places every line", async () => {
    const { model, diagnostics } = await loadModel([path], { cwd: process.cwd(), unplaced: true });
    const facts = readExpect(expectFile);
    expect(check(model as Model, facts)).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "unplaced-line")).toHaveLength(facts.unplaced);
    const counts = Object.fromEntries(Object.keys(facts.diagnostics).map((rule) => [rule, diagnostics.filter((d) => d.ruleId === rule).length]));
    expect(counts).toEqual(facts.diagnostics);
  });
});
