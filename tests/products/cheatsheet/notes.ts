/** Test helper: example notes and generated notes with many stories, written into temp folders. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveSettings, type Settings } from "../../../src/config.js";
import { loadModel } from "../../../src/model/index.js";
import type { Model } from "../../../src/model/types.js";

export { NOTES_KO, NOTES_EN } from "../../examples.js";

const PRINCIPLES = ["Ownership", "Dive Deep", "Frugality", "Earn Trust", "Bias for Action", "Think Big", "Deliver Results", "Customer Obsession"];
const PLACES = ["billing", "search", "checkout", "inventory", "onboarding", "reporting", "payments", "alerts"];

/** Returns markdown holding `count` made-up STAR stories, each tagged with two principles and a result figure. */
export function storyNotes(count: number, titleWords = 0): string {
  const stories = Array.from({ length: count }, (_, i) => {
    const place = PLACES[i % PLACES.length] ?? "billing";
    const tags = [PRINCIPLES[i % PRINCIPLES.length], PRINCIPLES[(i + 3) % PRINCIPLES.length]].join(", ");
    const longer = Array.from({ length: titleWords }, (_, w) => `step${w}`).join(" ");
    return [
      `### Story: Fixing the ${place} queue, round ${i + 1}${longer ? ` ${longer}` : ""}`,
      `Principles: ${tags}`,
      "",
      `**Situation:** The ${place} queue backed up every Monday morning.`,
      "",
      `**Task:** Find out why and stop it before the next release.`,
      "",
      `**Action:** Traced the slow consumer, split the batch and added an alarm.`,
      "",
      `**Result:** Waiting time fell ${10 + i}% and no Monday backlog since.`,
      "",
    ].join("\n");
  });
  return ["## Stories", "", ...stories].join("\n");
}

/** Returns a temp folder holding `notes.md`: the base notes file with `extra` markdown appended. */
export async function notesWith(base: string, extra: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "prep-print-cheatsheet-"));
  await writeFile(join(dir, "notes.md"), `${await readFile(base, "utf8")}\n\n${extra}\n`);
  return dir;
}

/** Returns the model of a notes file. */
export async function modelOf(path: string): Promise<Model> {
  const loaded = await loadModel([path], { cwd: "/" });
  if (!loaded.model) throw new Error(`no model for ${path}`);
  return loaded.model;
}

/** Returns settings that build only the cheat sheet from `path` into `cwd/out`. */
export function settingsFor(cwd: string, path: string, options: Record<string, unknown> = {}): Settings {
  return resolveSettings(cwd, [path], { only: "cheatsheet", ...options });
}
