/** Shrinks a failing note while it still fails: shortens long lines, then drops runs of lines (halving the run each round). */

/** How much a minimisation may spend. */
export interface Budget {
  /** `performance.now()` past which it stops and returns what it has. */
  deadline: number;
  /** Most checks of a candidate. */
  tries: number;
}

/** Returns the smallest note found that still fails (`text` itself if nothing smaller does). */
export async function minimise(text: string, stillFails: (candidate: string) => Promise<boolean>, budget: Budget): Promise<string> {
  let tries = 0;
  const check = async (candidate: string): Promise<boolean> => {
    tries++;
    return stillFails(candidate);
  };
  const spent = (): boolean => tries >= budget.tries || performance.now() > budget.deadline;
  // Split on LF only, so CRLF line ends and U+2028 stay as they were written. Huge lines
  // are shortened first: every later check of the note is then cheaper.
  const lines = await shortenLines(text.split("\n"), check, spent);
  return (await dropLines(lines, check, spent)).join("\n");
}

async function dropLines(start: string[], check: (c: string) => Promise<boolean>, spent: () => boolean): Promise<string[]> {
  let lines = start;
  let run = Math.max(1, Math.floor(lines.length / 2));
  while (run >= 1 && !spent()) {
    let dropped = false;
    for (let from = 0; from < lines.length && !spent(); ) {
      const candidate = [...lines.slice(0, from), ...lines.slice(from + run)];
      if (candidate.length > 0 && (await check(candidate.join("\n")))) {
        lines = candidate;
        dropped = true;
      } else {
        from += run;
      }
    }
    if (!dropped || run > lines.length) run = Math.floor(run / 2);
  }
  return lines;
}

/** Halves lines longer than 80 characters (keeping their start) while the note still fails: a 1 MB line rarely needs all of it. */
async function shortenLines(start: string[], check: (c: string) => Promise<boolean>, spent: () => boolean): Promise<string[]> {
  const lines = [...start];
  for (let i = 0; i < lines.length && !spent(); i++) {
    for (let line = lines[i] ?? ""; line.length > 80 && !spent(); line = lines[i] ?? "") {
      const candidate = [...lines.slice(0, i), cut(line), ...lines.slice(i + 1)];
      if (!(await check(candidate.join("\n")))) break;
      lines[i] = cut(line);
    }
  }
  return lines;
}

/** Returns the first half of a line, not splitting a surrogate pair. */
function cut(line: string): string {
  const half = Math.ceil(line.length / 2);
  const code = line.charCodeAt(half - 1);
  return line.slice(0, code >= 0xd800 && code <= 0xdbff ? half - 1 : half);
}
