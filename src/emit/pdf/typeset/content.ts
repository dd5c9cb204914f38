/**
 * A page's content stream, collected as text and handed to pdfkit in large pieces. pdfkit turns
 * each drawing operator into a small byte array of its own (several per word of text); a long
 * book made millions of them, and the garbage collector most of the build's time. The bytes, and
 * so the PDF, are the same: pdfkit writes each operator followed by a newline, and so does this.
 */

/** Characters collected before they go to pdfkit as one byte array. */
const PIECE = 64 * 1024;

/** Makes a pdfkit page collect what is written to its content stream until `PIECE` characters or its end. */
export function batchPageContent(page: unknown): void {
  if (typeof page !== "object" || page === null) return;
  const write: unknown = Reflect.get(page, "write");
  const end: unknown = Reflect.get(page, "end");
  if (typeof write !== "function" || typeof end !== "function") return;
  let pending: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    length = 0;
    // Latin-1 keeps the low byte of each character, as pdfkit does; operators are ASCII.
    write.call(page, Buffer.from(text, "latin1"));
  };
  Reflect.set(page, "write", (chunk: unknown): unknown => {
    if (typeof chunk !== "string") {
      flush();
      return write.call(page, chunk);
    }
    pending.push(chunk, "\n");
    length += chunk.length + 1;
    if (length >= PIECE) flush();
    return undefined;
  });
  Reflect.set(page, "end", (): unknown => {
    flush();
    return end.call(page);
  });
}
