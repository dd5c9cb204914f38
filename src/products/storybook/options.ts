/** The story book's own front-matter keys (`storyStart`, `labels`), validated, with labels per language. */
import type { Language } from "../../model/types.js";
import { field, object, oneOf, string } from "../../schema.js";
import { templateKeys, type LayoutSettings } from "../../templates/index.js";

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
  principleNotes: string;
  otherNotes: string;
  nothingYet: string;
  askedAbout: string;
  sections: string;
  asWritten: string;
  readiness: string;
  noStoryYet: string;
  moreWanted: string;
  allCovered: string;
  time: string;
  problems: string;
  tooShort: string;
  tooLong: string;
  noNumber: string;
  weNotI: string;
  overloaded: string;
  incomplete: string;
  lesson: string;
  fit: string;
}

const EN: Labels = {
  situation: "Situation", task: "Task", action: "Action", result: "Result",
  placeholder: "— not written yet —", noAnswer: "— no answer yet —", untagged: "— no principle tagged —",
  bookTitle: "Story book", contents: "Contents", story: "Story", stories: "Stories", principle: "Principle",
  principles: "Principles", page: "Page", answers: "Questions it answers", notes: "Notes", otherStories: "Other stories",
  appendix: "Appendix", coverage: "Principle coverage", questions: "Questions and answers", interview: "Interview",
  covered: "Principles covered", principleNotes: "Principles: your notes", otherNotes: "Other notes",
  nothingYet: "Nothing written yet", askedAbout: "Questions", sections: "Sections of your notes", asWritten: "More lines of your notes, as written",
  readiness: "Readiness", noStoryYet: "No story yet", moreWanted: "More stories wanted", allCovered: "Every principle has enough stories.",
  time: "Time to tell", problems: "To work on", tooShort: "short", tooLong: "too long", noNumber: "result without a number",
  weNotI: "\"we\" more than \"I\"", overloaded: "too many principles", incomplete: "STAR part missing",
  lesson: "What I learned", fit: "Why it fits",
};

const KO: Labels = {
  situation: "상황", task: "과제", action: "행동", result: "결과",
  placeholder: "— 아직 작성하지 않음 —", noAnswer: "— 아직 답변 없음 —", untagged: "— 태그된 원칙 없음 —",
  bookTitle: "스토리북", contents: "목차", story: "스토리", stories: "스토리", principle: "원칙",
  principles: "원칙", page: "쪽", answers: "이 스토리로 답할 질문", notes: "메모", otherStories: "기타 스토리",
  appendix: "부록", coverage: "원칙별 스토리", questions: "예상 질문과 답변", interview: "면접일",
  covered: "다룬 원칙", principleNotes: "원칙별 메모", otherNotes: "기타 메모",
  nothingYet: "아직 쓴 내용 없음", askedAbout: "질문", sections: "노트의 구성", asWritten: "위에 없는 노트 줄 (쓴 그대로)",
  readiness: "준비 상태", noStoryYet: "아직 스토리 없음", moreWanted: "스토리가 더 필요함", allCovered: "모든 원칙에 스토리가 충분합니다.",
  time: "말하는 시간", problems: "다듬을 점", tooShort: "짧음", tooLong: "너무 김", noNumber: "결과에 숫자 없음",
  weNotI: "\"저\"보다 \"우리\"가 많음", overloaded: "원칙이 너무 많음", incomplete: "STAR 빠짐",
  lesson: "배운 점", fit: "원칙과 맞는 이유",
};

/** How the story book is put together, from the template's front matter. */
export interface BookOptions {
  /** `auto` (default): stories run on, each kept whole on a page when it fits; `page`: each on a new page; `rule`: after a rule. */
  storyStart: "auto" | "page" | "rule";
  labels: Labels;
}

/** Returns the default labels for a language. */
export function defaultLabels(language: Language): Labels {
  return { ...(language === "ko" ? KO : EN) };
}

const LABEL_KEYS = Object.fromEntries(Object.keys(EN).map((key) => [key, field(string({ empty: true }), undefined)]));

const BOOK_KEYS = object({
  storyStart: field(oneOf(["auto", "page", "rule"] as const), "auto"),
  labels: field(object(LABEL_KEYS, { what: "a mapping of label names to text" }), {}),
});

/** Returns the book options from the template's front matter; throws DiagnosticError naming each bad key at its line. */
export function bookOptions(template: { path: string; layout: LayoutSettings }, language: Language): BookOptions {
  const keys = templateKeys(BOOK_KEYS, template);
  const given = Object.fromEntries(Object.entries(keys.labels).flatMap(([key, text]) => (text === undefined ? [] : [[key, text] as const])));
  return { storyStart: keys.storyStart, labels: { ...defaultLabels(language), ...given } };
}
