/** `prep-print templates list | eject`: where each template comes from; copies to edit. */
import { join, relative } from "node:path";
import { resolveSettings } from "../config.js";
import type { Io } from "../io.js";
import { UsageError } from "../io.js";
import { ejectTemplates, listTemplates, type TemplateName } from "../templates/index.js";
import { counted } from "./counts.js";

const NAMES: readonly TemplateName[] = ["cheatsheet", "flashcards-front", "flashcards-back", "storybook"];

/** Prints each template and partial with its origin and path; returns 0. */
export async function listCommand(options: { templates?: string }, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, [], options);
  for (const file of listTemplates({ templatesDir: settings.templatesDir ?? undefined })) {
    const shown = file.origin === "custom" ? relative(io.cwd, file.path) : file.path;
    io.stdout(`${file.kind.padEnd(8)} ${file.name.padEnd(28)} ${file.origin.padEnd(7)} ${shown}\n`);
  }
  return 0;
}

/** Copies default templates into the target folder, never overwriting; returns 0. */
export async function ejectCommand(name: string | undefined, options: { to: string }, io: Io): Promise<number> {
  if (name !== undefined && !NAMES.includes(name as TemplateName)) {
    throw new UsageError(`unknown template \`${name}\` (expected ${NAMES.join(", ")})`);
  }
  const target = join(io.cwd, options.to);
  const { written, skipped } = await ejectTemplates(target, name as TemplateName | undefined);
  for (const path of written) io.stdout(`created  ${relative(io.cwd, path)}\n`);
  for (const path of skipped) io.stdout(`kept     ${relative(io.cwd, path)} (exists)\n`);
  io.stdout(written.length === 0 ? `Nothing changed: every template is already in ${options.to}/\n` : `${counted(written.length, "file")} ejected to ${options.to}/; edit them and build with --templates ${options.to}\n`);
  return 0;
}
