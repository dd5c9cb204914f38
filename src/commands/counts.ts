/** Counted words in summary lines: "1 warning", "2 warnings", and the build's total line. */

/** Returns `n` with the word in its singular or plural form: `counted(1, "story", "stories")` is "1 story". */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Returns the build's total line: "3 of 3 built in 2.10 s", and when some failed, how many and whether
 * their previous files were kept ("…; 1 failed (previous file kept)"); `kept` counts those previous files.
 */
export function totalLine(built: number, failed: number, kept: number, seconds: string): string {
  const total = `${built} of ${built + failed} built in ${seconds}`;
  if (failed === 0) return total;
  const previous = kept === 0 ? "" : kept === 1 ? " (previous file kept)" : " (previous files kept)";
  return `${total}; ${failed} failed${previous}`;
}
