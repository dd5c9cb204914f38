// Generated notes for the scale benchmarks (model.mjs, scale.mjs): the same blocks repeated to a size.

/** Notes of about `kb` KB in the shapes people write: questions with stories, story sections, principles with questions. */
export function generate(kb) {
  const blocks = ["---", "title: Scale", "---", ""];
  let size = 0;
  for (let i = 1; size < kb * 1024; i++) {
    const block = [
      "**예상질문**", "",
      `${i}. 고객을 위해 문제 ${i}번을 해결한 경험은?`,
      `   1) 정산 배치 ${i}번 재작성 ->`,
      `   S: 월말 정산 배치 ${i}번이 여섯 시간 넘게 걸림`,
      "   T: 배치 시간을 절반 이하로",
      "   A: 거래처별로 나눠 병렬로 돌림",
      `   R: ${i % 90}% 단축`, "",
      `## Story: Cache cleanup ${i}`,
      "Principles: Frugality, Dive Deep",
      `**Situation:** cache cluster ${i} ran at 10% use.`,
      "**Task:** cut the cost.",
      "**Action:** merged the clusters and moved the keys.",
      `**Result:** saved ${i * 10} dollars a month.`,
      "**Why it fits**: money saved without buying anything.", "",
      `## ${i % 16 + 1}. Ownership`,
      "Owners act for the whole company.",
      `- Tell me about a time you fixed problem ${i} outside your team.`,
      `    -- used Cache cleanup ${i}`,
      `- 정산 배치 ${i}번 이야기를 해 주세요.`, "",
    ].join("\n");
    blocks.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return blocks.join("\n");
}
