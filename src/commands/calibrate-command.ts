/** `prep-print calibrate`: a one-sheet PDF to measure how far the printer moves card backs. */
import { resolve } from "node:path";
import { resolveSettings } from "../config.js";
import { calibrationPdf } from "../emit/pdf/deck/calibrate.js";
import { deckLayout } from "../emit/pdf/deck/index.js";
import type { Io } from "../io.js";
import { loadTemplate } from "../templates/index.js";
import { withFolderLock } from "../output-lock.js";
import { writeAtomic } from "../write.js";
import { shownPath } from "./report.js";

/** Writes `calibration.pdf` into the output folder for the deck's layout and duplex mode; returns 0. */
export async function calibrateCommand(options: Record<string, unknown>, io: Io): Promise<number> {
  const settings = resolveSettings(io.cwd, [], options);
  const front = loadTemplate("flashcards-front", { templatesDir: settings.templatesDir ?? undefined });
  const { layout, duplex } = deckLayout({ path: front.path, layout: front.layout }, settings.pdf);
  const bytes = await calibrationPdf({ cardLayout: layout, duplex, backOffset: settings.pdf.backOffset });
  const folder = resolve(settings.cwd, settings.outDir);
  const path = resolve(folder, "calibration.pdf");
  await withFolderLock(folder, () => writeAtomic(path, bytes));
  io.stdout(`${shownPath(settings.cwd, path)}  ${layout}, ${duplex}${duplex === "fold" ? "" : `, backs moved ${settings.pdf.backOffset.join(",")} mm`}\n`);
  io.stdout("Print it double-sided at 100 %, hold it to the light, and read the offset off the black scales (README: Printing the cards).\n");
  return 0;
}
