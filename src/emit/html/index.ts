/** The HTML emitter: markdown blocks → self-contained pages for the browser and the phone. */
export { blocksToHtml } from "./blocks.js";
export { bookHtml, type BookInput } from "./book.js";
export { deckHtml, type DeckCard, type DeckInput } from "./deck.js";
export { type PageBase } from "./document.js";
export { FONT_FAMILY, fontCss, withFonts, withSharedFonts } from "./font-face.js";
export { sheetHtml, type SheetInput } from "./sheet.js";
export { bookInput, deckInput, htmlEmitter, pageBase, sheetInput, type Base } from "./emit.js";
