/** The command line: commander wiring only. `run(argv, io)` returns the exit code. */
import { Command, CommanderError, Option } from "commander";
import { CARD_LAYOUTS, DUPLEX_MODES, PAPERS } from "./config.js";
import { EXIT_CONTENT_ERROR, EXIT_OK, EXIT_USAGE, diagnostic, formatDiagnostic } from "./diagnostics.js";
import { UsageError, type Io } from "./io.js";
import { isSystemError, systemReason } from "./notes/reason.js";
import { WriteError, writeErrorDiagnostic } from "./write.js";
import { report } from "./commands/report.js";

/** Returns the exit code of `prep-print <argv>`; all output goes through `io`. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = EXIT_OK;
  const program = new Command("prep-print")
    .description("Turn interview-prep notes into a one-page cheat sheet, duplex Q&A flashcards and a STAR story book.")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  const done = (c: number): void => {
    code = c;
  };

  program
    .command("build", { isDefault: false })
    .description("build the PDFs (cheat sheet, flashcards, story book) from notes")
    .argument("[paths...]", "note files or folders (default: content/)")
    .option("-o, --out <dir>", "output folder (default: out/)")
    .option("-t, --templates <dir>", "folder of templates that override the defaults file by file")
    .option("--only <products>", "comma-separated: cheatsheet,flashcards,storybook")
    .option("--format <formats>", "comma-separated: pdf,html,anki (default: pdf)")
    .option("--deck <name>", "name of the Anki deck (default: the notes' title)")
    .addOption(choice("--paper <size>", "paper for the cheat sheet and story book", PAPERS))
    .option("--cards <kinds>", "flashcard kinds: questions,principles,stories")
    .option("--principle <ids>", "only these principles (comma-separated): a one-page sheet per interview round, cards about them")
    .addOption(choice("--card-layout <layout>", "card sheet layout", CARD_LAYOUTS))
    .addOption(choice("--duplex <mode>", "how the card backs are printed", DUPLEX_MODES))
    .option("--back-offset <x,y>", "shift card back pages by x,y millimetres (printer misregistration)")
    .option("--catalogue <id|file>", "principle catalogue: built-in id or a YAML file")
    .option("--strict", "fail on warnings too")
    .option("-w, --watch", "rebuild when notes or templates change")
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { buildCommand } = await import("./commands/build-command.js");
      done(await buildCommand(paths, options, io));
    });

  program
    .command("check")
    .description("report problems in the notes as file:line:col: severity message  rule-id")
    .argument("[paths...]", "note files or folders (default: content/)")
    .option("--unplaced", "also list every source line that did not land in the model")
    .option("--strict", "fail on warnings too")
    .option("--catalogue <id|file>", "principle catalogue: built-in id or a YAML file")
    .action(async (paths: string[], options: { unplaced?: boolean; strict?: boolean; catalogue?: string }) => {
      const { checkCommand } = await import("./commands/check-command.js");
      done(await checkCommand(paths, options, io));
    });

  program
    .command("model")
    .description("print the model of the notes (the data templates receive)")
    .argument("[paths...]", "note files or folders (default: content/)")
    .option("--json", "print the whole model as JSON (default: a summary)")
    .option("--catalogue <id|file>", "principle catalogue: built-in id or a YAML file")
    .action(async (paths: string[], options: { json?: boolean; catalogue?: string }) => {
      const { modelCommand } = await import("./commands/model-command.js");
      done(await modelCommand(paths, options, io));
    });

  program
    .command("init")
    .description("create a notes folder in the canonical format, ready to fill in")
    .argument("[dir]", "folder to create", "content")
    .addOption(choice("--lang <language>", "language of the scaffold", ["ko", "en"]).default("en"))
    .action(async (dir: string, options: { lang: "ko" | "en" }) => {
      const { initCommand } = await import("./commands/init-command.js");
      done(await initCommand(dir, options, io));
    });

  program
    .command("calibrate")
    .description("write a duplex calibration sheet: print it, hold it to the light, read off --back-offset")
    .option("-o, --out <dir>", "output folder (default: out/)")
    .option("-t, --templates <dir>", "templates folder (its flashcards-front may name the card layout)")
    .addOption(choice("--paper <size>", "paper: a4 or letter 8-up sheets", PAPERS))
    .addOption(choice("--card-layout <layout>", "card sheet layout", CARD_LAYOUTS))
    .addOption(choice("--duplex <mode>", "how the card backs are printed", DUPLEX_MODES))
    .option("--back-offset <x,y>", "the offset already in use, in millimetres (the sheet then checks it)")
    .action(async (options: Record<string, unknown>) => {
      const { calibrateCommand } = await import("./commands/calibrate-command.js");
      done(await calibrateCommand(options, io));
    });

  const templates = program.command("templates").description("list or eject the templates");
  templates
    .command("list")
    .description("show which template file each product uses and where it comes from")
    .option("-t, --templates <dir>", "folder of templates that override the defaults")
    .action(async (options: { templates?: string }) => {
      const { listCommand } = await import("./commands/templates-command.js");
      done(await listCommand(options, io));
    });
  templates
    .command("eject")
    .description("copy the default templates into ./templates for editing (never overwrites)")
    .argument("[name]", "one template: cheatsheet, flashcards-front, flashcards-back, storybook")
    .option("--to <dir>", "target folder", "templates")
    .action(async (name: string | undefined, options: { to: string }) => {
      const { ejectCommand } = await import("./commands/templates-command.js");
      done(await ejectCommand(name, options, io));
    });

  pointToHelp(program);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (error instanceof UsageError) {
      for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      io.stderr(`prep-print: ${error.message}\n`);
      return EXIT_USAGE;
    }
    return reportFailure(error, io);
  }
  return code;
}

/** Returns an option that takes one of `values`, in any case (`--paper A4` is `a4`). */
function choice(flags: string, description: string, values: readonly string[]): Option {
  const option = new Option(flags, description).choices(values);
  const check = option.parseArg;
  if (check === undefined) return option;
  return option.argParser((value: string, previous: unknown) => check(value.toLowerCase(), previous));
}

/** After a usage error each command names its own `--help` instead of printing the whole help text. */
function pointToHelp(command: Command, path = ""): void {
  const name = path === "" ? command.name() : `${path} ${command.name()}`;
  command.showHelpAfterError(`(run \`${name} --help\` for the options)`);
  for (const sub of command.commands) pointToHelp(sub, name);
}

/**
 * Prints an error no command turned into a diagnostic; returns exit code 1. A failing disk or file is the
 * path and the system's reason; anything else is a bug in prep-print: one line, and the stack only with
 * PREP_PRINT_DEBUG=1.
 */
function reportFailure(error: unknown, io: Io): number {
  if (error instanceof WriteError) return report([writeErrorDiagnostic(error)], io);
  if (isSystemError(error)) {
    const failed = diagnostic("error", { file: error.path ?? "prep-print" }, `Cannot ${error.syscall}: ${systemReason(error)}`, "io-failed");
    return report([failed], io);
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`prep-print: internal error: ${message.split("\n", 1)[0]}\n`);
  if (io.env.PREP_PRINT_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  else io.stderr("This is a bug in prep-print: please report it with the command you ran (PREP_PRINT_DEBUG=1 shows where it happened).\n");
  return EXIT_CONTENT_ERROR;
}

/**
 * Returns a write function for `stream` that cannot fail the program: writing to a closed pipe
 * (`prep-print templates list | head -1`) ends quietly, the rest of the output dropped; another failure
 * (stdout on a full disk) is handed to `failed` once, with the system's reason.
 */
function guarded(stream: NodeJS.WriteStream, failed: (reason: string) => void): (text: string) => void {
  let closed = false;
  stream.on("error", (error) => {
    if (!closed && !(isSystemError(error) && error.code === "EPIPE")) failed(systemReason(error));
    closed = true;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

/** Runs the command line in this process and sets its exit code. */
export function main(): void {
  // Stream errors arrive after the write that caused them, perhaps after the command has finished.
  let outputFailed = false;
  const stderr = guarded(process.stderr, () => undefined);
  const stdout = guarded(process.stdout, (reason) => {
    outputFailed = true;
    stderr(`prep-print: cannot write the output: ${reason}\n`);
    process.exitCode = EXIT_CONTENT_ERROR;
  });
  const io: Io = { stdout, stderr, cwd: process.cwd(), env: process.env, color: process.stdout.isTTY === true && !process.env.NO_COLOR };
  const finish = (code: number): void => {
    process.exitCode = outputFailed ? EXIT_CONTENT_ERROR : code;
  };
  run(process.argv.slice(2), io).then(finish, (error: unknown) => finish(reportFailure(error, io)));
}
