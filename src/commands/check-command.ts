/** `prep-print check`: every problem in the notes, with its place. */
import { resolveSettings } from "../config.js";
import type { Io } from "../io.js";
import { loadModel } from "../model/index.js";
import { report } from "./report.js";

/** Prints the notes' diagnostics; returns 0, or 1 with errors (or warnings when strict). */
export async function checkCommand(paths: string[], options: { unplaced?: boolean; strict?: boolean; catalogue?: string }, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, paths, options);
  const { diagnostics } = await loadModel(settings.inputs, { cwd: io.cwd, catalogue: settings.catalogue ?? undefined, unplaced: options.unplaced === true });
  const code = report(diagnostics, io, { strict: settings.strict, infos: true });
  const count = (s: string): number => diagnostics.filter((d) => d.severity === s).length;
  io.stdout(`${count("error")} errors, ${count("warning")} warnings, ${count("info")} notes\n`);
  return code;
}
