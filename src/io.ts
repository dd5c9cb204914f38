/** Where a command's output goes: the terminal in `main`, buffers in tests. */
import type { Diagnostic } from "./diagnostics.js";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Colour severities in messages (off when NO_COLOR is set or output is not a terminal). */
  color: boolean;
}

/** A mistake in how the command was called: exit code 2. `diagnostics` place it (e.g. in the config file). */
export class UsageError extends Error {
  override name = "UsageError";

  constructor(message: string, readonly diagnostics: readonly Diagnostic[] = []) {
    super(message);
  }
}
