/** The files `prep-print init` writes: the canonical note format, explained by example. */

const EN_NOTES = `---
title: My interview notes
author: Your Name
role: The role you are interviewing for
company: The company
interview_date: 2030-01-31
language: en
---

## Questions

1. Tell me about a time you helped a customer in a way nobody expected.
   - The point you want to land first
   - A number that proves it

2. Tell me about a time you had to decide with incomplete data.

## Principles

| Principle | My hook |
|---|---|
| Customer Obsession | One line you want to remember in the lobby |
| Ownership | Another line |

## Stories

### Story: A short name for the story
Principles: Customer Obsession

**Situation:** Where you were and what was at stake.

**Task:** What you had to achieve.

**Action:** What you did, yourself, step by step.

**Result:** What changed, with numbers.
`;

const EN_STORY = `---
title: One story per file works too
principles: [ownership, dive-deep]
---

## Situation
What was happening.

## Task
What you were responsible for.

## Action
What you did.

## Result
What came of it, measured.
`;

const KO_NOTES = `---
title: 면접 준비 노트
author: 이름
role: 지원 직무
company: 회사
interview_date: 2030-01-31
language: ko
---

**예상질문**

1. 고객을 위해 기대 이상으로 일했던 경험은?
   1) 먼저 말할 핵심 ->
   2) 숫자로 보여줄 근거

2. 정보가 부족한 상태에서 결정했던 경험은?

**LP**

1. 고객 집착
   로비에서 다시 볼 한 줄 요약

**스토리**

1) 스토리 제목
   S: 상황 — 어디서 무슨 일이 있었는지
   T: 과제 — 내가 맡은 목표
   A: 행동 — 내가 직접 한 일
   R: 결과 — 숫자로 본 변화
   원칙: 고객 집착, 주인의식
`;

const KO_STORY = `---
title: 파일 하나에 스토리 하나
principles: [주인의식, 깊게 파고들기]
---

## 상황
무슨 일이 있었는지.

## 과제
내가 맡은 일.

## 행동
내가 한 일.

## 결과
숫자로 본 결과.
`;

/** Returns the scaffold files (path → text) in the chosen language. */
export function scaffold(language: "ko" | "en"): Record<string, string> {
  return language === "ko"
    ? { "notes.md": KO_NOTES, "stories/first-story.md": KO_STORY }
    : { "notes.md": EN_NOTES, "stories/first-story.md": EN_STORY };
}
