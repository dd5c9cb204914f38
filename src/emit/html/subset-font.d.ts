/** Types for the parts of `subset-font` (no bundled types) that the HTML emitter uses. */
declare module "subset-font" {
  interface SubsetOptions {
    targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
    noHinting?: boolean;
    noLayoutClosure?: boolean;
  }
  /** Returns a font holding only the glyphs that `text` needs. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
