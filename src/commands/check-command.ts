/** `prep-print check`: every problem in the notes, with its place, and how ready they are for the interview. */
import { resolveSettings } from "../config.js";
import type { Io } from "../io.js";
import { loadModel } from "../model/index.js";
import { assessReadiness } from "../readiness/index.js";
import { counted } from "./counts.js";
import { report } from "./report.js";

/** Prints the notes' diagnostics and the readiness line; returns 0, or 1 with errors (or warnings when strict). */
export async function checkCommand(paths: string[], options: { unplaced?: boolean; strict?: boolean; catalogue?: string }, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, paths, options);
  const loaded = await loadModel(settings.inputs, { cwd: io.cwd, catalogue: settings.catalogue ?? undefined, unplaced: options.unplaced === true });
  const readiness = loaded.model ? assessReadiness(loaded.model, settings.readiness) : null;
  // A gap warning already says a principle has no story; the model's note on it would say it twice.
  const gapsReported = settings.readiness.rules["readiness-principle-gap"];
  const diagnostics = [...loaded.diagnostics.filter((d) => !(gapsReported && d.ruleId === "principle-no-story")), ...(readiness?.diagnostics ?? [])];
  const code = report(diagnostics, io, { strict: settings.strict, infos: true });
  const count = (severity: string, word: string): string => counted(diagnostics.filter((d) => d.severity === severity).length, word);
  io.stdout(`${count("error", "error")}, ${count("warning", "warning")}, ${count("info", "note")}\n`);
  if (readiness) io.stdout(`${readiness.summary}\n`);
  return code;
}
