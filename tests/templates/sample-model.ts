/** A small hand-made model for template tests: Korean notes with English terms, written for these tests. */
import type { Model, Principle, Question, Story } from "../../src/model/types.js";

const FILE = "content/prep.md";

function principle(number: number, id: string, name: string, hook: string, stories: string[], questions: string[] = []): Principle {
  return {
    id,
    name,
    aliases: [],
    writtenAs: [],
    number,
    definition: hook === "" ? "" : `${hook} 그 밖의 설명.`,
    hook,
    notes: [],
    stories,
    questions,
    source: hook === "" ? null : { file: FILE, line: number * 10 },
  };
}

const STORIES: Story[] = [
  {
    id: "warehouse-cutover",
    title: "창고 재고 DB 이전 (48 sites)",
    principles: ["ownership", "deliver-results"],
    situation: "오래된 재고 데이터베이스를 새 클러스터로 옮겨야 했다.",
    task: "수량 불일치 없이 모든 창고를 전환하기.",
    action: "이중 기록 구간을 두고 매일 밤 수량을 대조했다.",
    result: "전환 기간 동안 불일치 0건, 평균 중단 시간 12분.",
    missing: [],
    lesson: "",
    fit: "",
    notes: [],
    questions: ["q1"],
    source: { file: FILE, line: 40 },
  },
  {
    id: "log-costs",
    title: "Log storage *cost* | cut",
    principles: ["frugality"],
    situation: "모든 로그를 90일 동안 빠른 저장소에 두고 있었다.",
    task: "검색 속도는 지키면서 비용 줄이기.",
    action: "수명 주기 규칙으로 오래된 로그를 보관 계층으로 옮겼다.",
    result: "월 저장 비용 -38%, 검색은 오히려 빨라짐.",
    missing: [],
    lesson: "",
    fit: "",
    notes: [],
    questions: [],
    source: { file: FILE, line: 60 },
  },
  {
    id: "checkout-outage",
    title: "결제 승인율 급락 <밤샘>",
    principles: ["ownership"],
    situation: "세일 전날 밤 결제 승인율이 떨어졌다.",
    task: "",
    action: "",
    result: "",
    missing: ["task", "action", "result"],
    lesson: "",
    fit: "",
    notes: [],
    questions: [],
    source: { file: FILE, line: 80 },
  },
];

const QUESTIONS: Question[] = [
  { id: "q1", number: 1, text: "가장 어려웠던 프로젝트는?", translation: "", answer: "창고 이전 이야기.", points: ["창고 이전"], principles: ["ownership"], stories: ["warehouse-cutover"], source: { file: FILE, line: 30 } },
  { id: "q2", number: 2, text: "팀원과 의견이 달랐던 경험?", translation: "", answer: "", points: [], principles: [], stories: [], source: { file: FILE, line: 50 } },
  { id: "q3", number: 3, text: "Tell me about a time you used data to change a decision.", translation: "", answer: "", points: [], principles: [], stories: [], source: { file: FILE, line: 52 } },
];

/** Returns a fresh sample model (a new object each call, so tests cannot leak changes). */
export function sampleModel(language: "ko" | "en" = "ko"): Model {
  return structuredClone({
    document: {
      title: "Amazon SDE 면접 준비",
      author: "Minseo",
      role: "Software Development Engineer",
      company: "Amazon",
      date: "2025-03-14",
      language,
      catalogue: "amazon-lp",
      files: [FILE],
      sections: [],
      notes: [],
      meta: {},
    },
    principles: [
      principle(1, "customer-obsession", "Customer Obsession", "고객에서 출발해 거꾸로 일한다.", []),
      principle(2, "ownership", "Ownership", "내 일이 아니라고 말하지 않는다.", ["warehouse-cutover", "checkout-outage"], ["q1"]),
      principle(3, "frugality", "Frugality", "적은 자원으로 더 많이.", ["log-costs"]),
      principle(4, "deliver-results", "Deliver Results", "", ["warehouse-cutover"]),
      principle(5, "earn-trust", "Earn Trust", "", []),
    ],
    questions: QUESTIONS,
    stories: STORIES,
  });
}
