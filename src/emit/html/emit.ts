/** The HTML emitter: each product as one self-contained page, with the bundled font embedded as a subset. */
import type { HtmlOptions } from "../../config.js";
import type { Block } from "../../markdown/types.js";
import type { BookDocument, DeckDocument, ProductDocument, SheetDocument } from "../../products/types.js";
import { readAsset } from "../../templates/index.js";
import type { EmitOutput } from "../types.js";
import { bookHtml, type BookInput } from "./book.js";
import { deckHtml, type DeckInput } from "./deck.js";
import type { PageBase } from "./document.js";
import { fontCss } from "./font-face.js";
import { sheetHtml, type SheetInput } from "./sheet.js";

/** Returns a page drawn with the given `@font-face` rules. */
type Page = (fontCss: string) => string;

/**
 * Returns the HTML emitter of one build. Its pages share font subsets: a subset is made for the
 * characters of the notes (`hint`) and of the page, so pages of the same notes mostly share one.
 */
export function htmlEmitter(options: HtmlOptions, hint: string): (document: ProductDocument) => Promise<EmitOutput> {
  const subsets = new Map<string, Promise<string>>();
  const hinted = new Set(hint);
  const fontsFor = (text: string): Promise<string> => {
    const chars = [...new Set([...hinted, ...text])].sort().join("");
    let css = subsets.get(chars);
    if (!css) subsets.set(chars, (css = fontCss(chars)));
    return css;
  };
  return async (document) => {
    const page = pageOf(document, options);
    const html = page(await fontsFor(page("")));
    return { files: [{ file: `${document.name}.html`, bytes: html }], pages: null, summary: summaryOf(document), missingGlyphs: [], diagnostics: [] };
  };
}

/** Returns the page of a product, to be drawn once its fonts are known. */
function pageOf(document: ProductDocument, options: HtmlOptions): Page {
  const base = pageBase(document, options);
  switch (document.kind) {
    case "sheet":
      return (fontCss) => sheetHtml({ ...sheetInput(document, base), fontCss });
    case "deck":
      return (fontCss) => deckHtml({ ...deckInput(document, base, readAsset("deck.js", options.templatesDir ?? undefined)), fontCss });
    case "book":
      return (fontCss) => bookHtml({ ...bookInput(document, base), fontCss });
  }
}

/** What every page takes but its fonts: title, language and the stylesheet. */
export type Base = Omit<PageBase, "fontCss">;

/** Returns a page's title, language and stylesheet (the templates folder's `html/style.css` when it has one). */
export function pageBase(document: ProductDocument, options: HtmlOptions): Base {
  return { lang: document.info.language, title: document.info.title, css: readAsset("style.css", options.templatesDir ?? undefined) };
}

/** Returns the cheat sheet page's input: its most detailed rendering (a page that scrolls has room for it). */
export function sheetInput(document: SheetDocument, base: Base): Omit<SheetInput, "fontCss"> {
  const regions = document.variants[0] ?? { header: [], body: [], footer: [] };
  return { ...base, ...regions };
}

/** Returns the deck page's input: every card, and the principles the filter offers (those with cards). */
export function deckInput(document: DeckDocument, base: Base, script: string): Omit<DeckInput, "fontCss"> {
  const cards = document.cards.map((card) => ({ id: card.spec.id, kind: card.spec.kind, principleIds: card.principleIds, front: card.front(1, 1), back: card.back }));
  const used = new Set(cards.flatMap((card) => card.principleIds));
  return { ...base, script, cards, principles: document.principles.filter((p) => used.has(p.id)) };
}

/** Returns the book page's input: the whole book without page numbers, the front before a page break. */
export function bookInput(document: BookDocument, base: Base): Omit<BookInput, "fontCss"> {
  const { front, body } = document.render(null);
  const blocks: Block[] = front.length > 0 ? [...front, { kind: "page" }, ...body] : body;
  return { ...base, blocks };
}

function summaryOf(document: ProductDocument): string {
  switch (document.kind) {
    case "sheet":
      return "one page to scroll";
    case "deck":
      return `${document.cards.length} ${document.cards.length === 1 ? "card" : "cards"} to practise`;
    case "book":
      return `${document.storyCount} ${document.storyCount === 1 ? "story" : "stories"}`;
  }
}
