/** How a question's answer prints next to the stories linked to it. */

/** A list item that only names a story, the way notes introduce one: `1) 재고 이전 ->`. */
const STORY_LINE = /^\s*(?:[-*+]|\d{1,3}[.)])\s+(.+?)\s*(?:->|→|=>|:|：)?\s*$/;

/**
 * Returns the answer without the list items that only name one of its linked stories: those
 * print as the story itself (title and key result), so printing the line too would say it twice.
 */
export function ownAnswer(answer: string, storyTitles: readonly string[]): string {
  if (storyTitles.length === 0) return answer;
  const titles = new Set(storyTitles.map(squash));
  const lines = answer.split("\n").filter((line) => {
    const named = STORY_LINE.exec(line)?.[1];
    return named === undefined || !titles.has(squash(named.replace(/\*\*|__|`/g, "")));
  });
  return lines.join("\n").replace(/^\s*\n+|\n+\s*$/g, "").replace(/\n{3,}/g, "\n\n");
}

function squash(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}
