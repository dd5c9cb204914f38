/** `prep-print model`: the model as JSON, or a short summary. */
import { resolveSettings } from "../config.js";
import type { Io } from "../io.js";
import { loadModel } from "../model/index.js";
import { counted } from "./counts.js";
import { report } from "./report.js";

/** Prints the model of the notes; returns the exit code. */
export async function modelCommand(paths: string[], options: { json?: boolean; catalogue?: string }, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, paths, options);
  const { model, diagnostics } = await loadModel(settings.inputs, { cwd: io.cwd, catalogue: settings.catalogue ?? undefined });
  const code = report(diagnostics, io);
  if (!model) return code;
  if (options.json) {
    io.stdout(`${JSON.stringify(model, null, 2)}\n`);
    return code;
  }
  const covered = model.principles.filter((p) => p.stories.length > 0).length;
  const answered = model.questions.filter((q) => q.answer !== "" || q.stories.length > 0).length;
  const stories = counted(model.stories.length, "story", "stories");
  io.stdout(`${model.document.title}: ${stories}, ${counted(model.questions.length, "question")} (${answered} answered), ${covered}/${model.principles.length} principles with a story\n`);
  return code;
}
