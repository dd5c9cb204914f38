/** Where a command's output goes: the terminal in `main`, buffers in tests. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour severities in messages (off when NO_COLOR is set or output is not a terminal). */
  color: boolean;
}

/** A mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
