/** The story book's own front-matter keys (`storyStart`, `coverageColumns`, `labels`), validated, with labels per language. */
import { readFileSync } from "node:fs";
import { DiagnosticError, diagnostic, type Diagnostic } from "../../diagnostics.js";
import type { Language } from "../../model/types.js";
import { nearestName } from "../../templates/suggest.js";

/** Every text the story book prints that is not the user's own. */
export interface Labels {
  situation: string;
  task: string;
  action: string;
  result: string;
  placeholder: string;
  noAnswer: string;
  untagged: string;
  bookTitle: string;
  contents: string;
  story: string;
  stories: string;
  principle: string;
  principles: string;
  page: string;
  answers: string;
  notes: string;
  otherStories: string;
  appendix: string;
  coverage: string;
  questions: string;
  interview: string;
  covered: string;
}

const EN: Labels = {
  situation: "Situation", task: "Task", action: "Action", result: "Result",
  placeholder: "— not written yet —", noAnswer: "— no answer yet —", untagged: "— no principle tagged —",
  bookTitle: "Story book", contents: "Contents", story: "Story", stories: "Stories", principle: "Principle",
  principles: "Principles", page: "Page", answers: "Questions it answers", notes: "Notes", otherStories: "Other stories",
  appendix: "Appendix", coverage: "Principle coverage", questions: "Questions and answers", interview: "Interview",
  covered: "Principles covered",
};

const KO: Labels = {
  situation: "상황", task: "과제", action: "행동", result: "결과",
  placeholder: "— 아직 작성하지 않음 —", noAnswer: "— 아직 답변 없음 —", untagged: "— 태그된 원칙 없음 —",
  bookTitle: "스토리북", contents: "목차", story: "스토리", stories: "스토리", principle: "원칙",
  principles: "원칙", page: "쪽", answers: "이 스토리로 답할 질문", notes: "메모", otherStories: "기타 스토리",
  appendix: "부록", coverage: "원칙별 스토리", questions: "예상 질문과 답변", interview: "면접일",
  covered: "다룬 원칙",
};

/** How the story book is put together, from the template's front matter. */
export interface BookOptions {
  /** `page`: each story on a new page (default); `rule`: after a horizontal rule. */
  storyStart: "page" | "rule";
  /** Principle columns per coverage table (default 8); more principles split into several tables. */
  coverageColumns: number;
  labels: Labels;
}

const KEYS = ["storyStart", "coverageColumns", "labels"];

/** Returns the default labels for a language. */
export function defaultLabels(language: Language): Labels {
  return { ...(language === "ko" ? KO : EN) };
}

/** Returns the book options from a template's `extra` front matter; throws DiagnosticError naming each bad key. */
export function bookOptions(extra: Readonly<Record<string, unknown>>, language: Language, templatePath: string): BookOptions {
  const problems: [key: string, message: string][] = [];
  const fail = (key: string, message: string) => problems.push([key, message]);
  for (const key of Object.keys(extra)) {
    if (!KEYS.includes(key)) fail(key, `Unknown story book setting \`${key}\`${hint(key, KEYS)}`);
  }
  const storyStart = extra.storyStart ?? "page";
  if (storyStart !== "page" && storyStart !== "rule") fail("storyStart", `\`storyStart\` must be \`page\` or \`rule\`, got \`${String(storyStart)}\``);
  const columns = extra.coverageColumns ?? 8;
  const columnsOk = typeof columns === "number" && Number.isInteger(columns) && columns >= 2 && columns <= 20;
  if (!columnsOk) fail("coverageColumns", `\`coverageColumns\` must be a whole number from 2 to 20, got \`${String(columns)}\``);
  const labels = overrideLabels(defaultLabels(language), extra.labels, fail);
  if (problems.length > 0) throw new DiagnosticError(problems.map(([key, message]) => at(templatePath, key, message)));
  return { storyStart: storyStart === "rule" ? "rule" : "page", coverageColumns: columnsOk ? columns : 8, labels };
}

function overrideLabels(labels: Labels, value: unknown, fail: (key: string, message: string) => void): Labels {
  if (value === undefined) return labels;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail("labels", "`labels` must be a mapping of label names to text");
    return labels;
  }
  const known = Object.keys(labels);
  for (const [key, text] of Object.entries(value)) {
    const name = known.find((k): k is keyof Labels => k === key);
    if (name === undefined) fail(key, `Unknown label \`${key}\`${hint(key, known)}`);
    else if (typeof text !== "string") fail(key, `Label \`${key}\` must be text`);
    else labels[name] = text;
  }
  return labels;
}

function hint(name: string, candidates: string[]): string {
  const near = nearestName(name, candidates);
  return near ? `, did you mean \`${near}\`?` : "";
}

/** A diagnostic at the line of the template file where `key` is set (line 1 when not found). */
function at(path: string, key: string, message: string): Diagnostic {
  let line = 1;
  try {
    const index = readFileSync(path, "utf8").split("\n").findIndex((l) => new RegExp(`^\\s*${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`).test(l));
    line = index < 0 ? 1 : index + 1;
  } catch {
    line = 1;
  }
  return diagnostic("error", { file: path, line, column: 1 }, message, "template-front-matter");
}
