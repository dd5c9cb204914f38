/** Runs the command line in-process and captures what it prints. */
import { run } from "../../src/cli.js";

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Returns the exit code and output of `prep-print <argv>` run in `cwd`. */
export async function prepPrint(argv: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<Ran> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd,
    env,
    color: false,
  });
  return { code, stdout, stderr };
}
