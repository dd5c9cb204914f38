/** The raw material the mutations insert: odd characters, labels, markup, front matter. */
import type { Random } from "./random.js";

/** Characters people paste by accident or on purpose: scripts, emoji, invisible and control characters (no NUL). */
export const ODD_CHARACTERS: readonly string[] = [
  "재고", "정산", "ㅋㅋ", "한", "\u1100\u1161\u11a8", // Hangul, also as conjoining jamo
  "😀", "👩‍💻", "🇰🇷", "1️⃣", "✅", "🚀🔥",
  "e\u0301", "\u0301", "\u0336\u0336\u0336", "a\u20dd", // combining marks, one with nothing to combine with
  "\u2028", "\u2029", "\u0085", // line and paragraph separators, next line
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", // zero-width characters, a BOM in the middle
  "\u202e", "\u202b", "\u200f", "\u2066", "שלום", "مرحبا", // right-to-left text and controls
  "\u0001", "\u0007", "\b", "\u000b", "\f", "\u001b[31m", "\u007f", "\r", // control characters
  "\u00a0", "\u3000", "\u2003", "\t", // spaces that are not U+0020
  "\ud800", "\udfff", // lone surrogates (written to disk as U+FFFD)
  "：", "—", "–", "→", "・", "「」", "＊＊",
];

/** STAR labels in every form the notes use, and some they do not. */
export const STAR_LABELS: readonly string[] = [
  "S:", "T:", "A:", "R:", "s:", "r:", "S -", "R —", "S：",
  "Situation:", "Task:", "Action:", "Actions:", "Result:", "Results:", "situation:", "RESULT:",
  "**Situation:**", "**Task:**", "**Action:**", "**Result:**", "**S**:", "**R**:", "__Action__:",
  "- **A**:", "- S:", "* T:", "1. S:",
  "상황:", "과제:", "행동:", "결과:", "**상황**", "**결과:**", "- 행동:",
  "## Situation", "## Action", "### Result", "#### Task", "## 상황", "### 결과", "## action",
  "**Action**", "**Situation**",
];

/** Words that fill a label or an item. */
export const WORDS: readonly string[] = [
  "배포가 늦어짐", "고객 문의 40% 감소", "I rolled back the release", "we cut latency by 30%",
  "Dive Deep", "Ownership", "주인의식", "Customer Obsession", "Frugality", "근검절약", "Ownrship",
  "`SELECT 1`", "*강조*", "**굵게**", "[문서](https://example.com/a)", "<b>", "x", "",
];

/** Lines that open or shape a section. */
export const HEADINGS: readonly string[] = [
  "# Interview prep", "## Stories", "## 스토리", "## Questions", "## 예상질문", "## LP", "## Leadership Principles",
  "### Story: Late vendor", "### Story 3: 장애 대응", "### 스토리: 배치 지연", "#### Background", "#### Principles: Ownership",
  "#### Notes", "**예상질문**", "**스토리**", "**메모**", "Q: Why this team?", "Q3. 왜 이 팀인가요?", "질문: 실패 경험은?",
  "Principles: Ownership, Dive Deep", "LP: Bias for Action", "관련 LP: 주인의식", "Tags: Frugality; Think Big",
  "Stories", "===", "---", "***", "- - -", "#", "######", "####### seven",
];

/** Tables, whole or broken. */
export const TABLES: readonly string[] = [
  "| Principle | Hook |\n|---|---|\n| Ownership | 끝까지 책임 |\n| Frugality | 비용 31% 절감 |",
  "| Situation | Task | Action | Result |\n|---|---|---|---|\n| 장애 | 복구 | 롤백 | 10분 |",
  "| S | 금요일 장애 |\n| A | 재시도를 끔 |",
  "| a | b |\n|---|\n| 1 | 2 | 3 |",
  "|---|---|",
  "| only a header |",
  "|||\n|-|-|\n|||",
  "| Situation | it broke |\n| --- | --- |\n| Result |",
];

/** HTML people leave in notes (Notion, GitHub exports). */
export const HTML: readonly string[] = [
  "<details>", "</details>", "<summary>왜 이 팀인가요?</summary>", "<summary>", "</summary>",
  "<details><summary>Why?</summary>", "<div>", "</div>", "<br>", "<br/>", "<!-- a comment", "-->", "<!-- done -->",
  "<p align=\"center\">", "<img src=\"x.png\">", "<script>alert(1)</script>", "<b>굵게</b>", "</b>", "<table><tr><td>x</td></tr></table>",
];

/** Fence openers that are never closed. */
export const FENCES: readonly string[] = ["```", "```sql", "~~~", "````", "``` ", "   ```", "```\u200b"];

/** Quote lines; a line holding only `>` is the case that loops in the typesetter. */
export const QUOTES: readonly string[] = [">", "> ", ">>", "> >", "> 인용", "> **Result:** 끝", "> - item", ">>>>>>>>>>"];

/** Front matter: valid, with odd types, or broken (the alias bomb is separate: it is rarer). */
export function frontMatter(rng: Random): string {
  return rng.pick([
    "---\ntitle: Fuzz prep\nauthor: 누군가\nrole: Engineer\ncompany: Somewhere\ninterview_date: 2026-12-03\nlanguage: ko\n---\n",
    "---\ntitle: [1, 2]\ninterview_date: garbage\nlanguage: xx\nprinciples: [ownership, not-a-principle]\n---\n",
    "---\ntitle: \"unclosed\ninterview_date: 2026-12-03\n---\n",
    "---\ntitle: never closed\n",
    "---\n\tbad: tab\n---\n",
    "---\n---\n",
    "---\n: : :\n---\n",
    "---yaml\ntitle: with a language\n---\n",
    "---\ncatalogue: missing-catalogue.yaml\n---\n",
    "---\ncatalogue: ./\n---\n",
    "---\nprinciples: ownership\nextra: {a: [b, {c: d}]}\n---\n",
    "\ufeff---\ntitle: after a BOM\n---\n",
  ]);
}

/** Returns front matter whose `levels` lines of YAML aliases expand to 9^levels strings (7: slow, 8: out of memory today). */
export function aliasBomb(levels: number): string {
  const names = "abcdefghij";
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < levels; level++) {
    lines.push(`${names[level]}: &${names[level]} [${Array(9).fill(`*${names[level - 1]}`).join(",")}]`);
  }
  return `---\n${lines.join("\n")}\ntitle: bomb\n---\n`;
}
