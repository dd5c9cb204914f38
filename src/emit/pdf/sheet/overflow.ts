/** The error of a sheet that does not fit one page even at the smallest size: what overflowed and by how much. */
import { DiagnosticError, diagnostic } from "../../../diagnostics.js";
import type { Block } from "../../../markdown/types.js";
import { POINTS_PER_MM, type PdfDocument, type TextSettings } from "../typeset/index.js";
import { planAt, type SheetBlocks, type SheetFrame } from "./frame.js";

/** Where the error is reported and how the page was asked for. */
export interface OverflowContext {
  templatePath: string;
  paper: "a4" | "letter";
  /** The smallest body size tried, in points. */
  fontSize: number;
}

function headingText(block: Block): string | undefined {
  return block.kind === "heading" ? block.runs.map((run) => run.text).join("").trim() : undefined;
}

function mm(points: number): string {
  return `${Math.max(1, Math.round(points / POINTS_PER_MM))} mm`;
}

/** Returns words naming the body blocks that did not fit: the section they start in and how many follow. */
function describeOverflow(body: readonly Block[], overflow: readonly Block[]): string {
  const firstIndex = Math.max(0, body.length - overflow.length);
  const headings = body.map(headingText);
  const startsAt = headings.slice(0, firstIndex + 1).findLastIndex((name) => name !== undefined);
  const start = startsAt < 0 ? undefined : headings[startsAt];
  const after = headings.slice(firstIndex + 1).filter((name) => name !== undefined).length;
  if (start === undefined) return `the last ${overflow.length} block${overflow.length === 1 ? "" : "s"} of the body`;
  const whole = startsAt === firstIndex ? "" : "the end of ";
  const more = after === 0 ? "" : ` and the ${after} section${after === 1 ? "" : "s"} after it`;
  return `${whole}\`${start}\`${more}`;
}

/** Returns the `cheatsheet-overflow` error for a sheet that does not fit at `scale`, placed at the template file. */
export function overflowError(doc: PdfDocument, blocks: SheetBlocks, frame: SheetFrame, text: TextSettings, scale: number, ctx: OverflowContext): DiagnosticError {
  const plan = planAt(doc, blocks, frame, text, scale);
  const page = `one ${ctx.paper === "a4" ? "A4" : "Letter"} page even at ${Number(ctx.fontSize.toFixed(2))} pt`;
  const column = plan.body[0];
  let message: string;
  if (column === undefined || column.height <= 0) {
    const short = frame.margins.top + plan.header.height - (column?.y ?? 0);
    message = `The cheat sheet does not fit ${page}: the header and footer alone fill the page (short by about ${mm(Math.max(short, 0))})`;
  } else {
    const overflow = doc.fit(blocks.body, plan.body, text, { minScale: scale, maxScale: scale }).overflow;
    const height = doc.measure(overflow, column.width, text, scale);
    message =
      `The cheat sheet does not fit ${page}: ${describeOverflow(blocks.body, overflow)} overflow` +
      ` by about ${mm(height)} of a ${mm(column.height)} column; shorten the notes, or add columns or lower minFontSize in the template`;
  }
  return new DiagnosticError([diagnostic("error", { file: ctx.templatePath }, message, "cheatsheet-overflow")]);
}
