/**
 * A page's content stream, collected as text and handed to pdfkit in large pieces. pdfkit turns
 * each drawing operator into a small byte array of its own (several per word of text); a long
 * book made millions of them, and the garbage collector most of the build's time. The bytes, and
 * so the PDF, are the same: pdfkit writes each operator followed by a newline, and so does this.
 */

/** Characters (one byte each) collected before they go to pdfkit as one byte array. */
const PIECE = 64 * 1024;

/** Makes a pdfkit page collect what is written to its content stream until `PIECE` bytes or its end. */
export function batchPageContent(page: unknown): void {
  if (typeof page !== "object" || page === null) return;
  const write: unknown = Reflect.get(page, "write");
  const end: unknown = Reflect.get(page, "end");
  if (typeof write !== "function" || typeof end !== "function") return;
  // Joined as a string and encoded once per piece: far cheaper than encoding each operator on its own.
  let pending = "";
  const flush = (): void => {
    if (pending.length === 0) return;
    // Latin-1 keeps the low byte of each character, as pdfkit does; operators are ASCII.
    const piece = Buffer.from(pending, "latin1");
    pending = "";
    write.call(page, piece);
  };
  Reflect.set(page, "write", (chunk: unknown): unknown => {
    if (typeof chunk !== "string") {
      flush();
      return write.call(page, chunk);
    }
    pending += `${chunk}\n`;
    if (pending.length >= PIECE) flush();
    return undefined;
  });
  Reflect.set(page, "end", (): unknown => {
    flush();
    return end.call(page);
  });
}
