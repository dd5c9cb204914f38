/** The story book: cover, contents, every story, coverage and questions, from the `storybook` template. */
import type { StorybookOptions } from "../../config.js";
import { parseMarkdown } from "../../markdown/parse.js";
import { splitFront } from "../../markdown/regions.js";
import type { Model } from "../../model/types.js";
import { loadTemplate } from "../../templates/index.js";
import type { NoteSource } from "../../model/index.js";
import { visibleText } from "../../markdown/visible.js";
import { assessReadiness } from "../../readiness/index.js";
import type { BookBlocks, BookDocument, DocumentInfo } from "../types.js";
import { unprintedLines, type UnprintedLine } from "./unprinted.js";
import { bookData, storiesOf } from "./book-data.js";
import { bookOptions, type BookOptions } from "./options.js";
import { bookOutline } from "./outline.js";

/**
 * Returns the story book, rendered anew for each set of page numbers; throws DiagnosticError for
 * template errors. Source lines the templates did not print are added, as written, at the end.
 */
export function storybookDocument(model: Model, options: StorybookOptions, sources: readonly NoteSource[]): BookDocument {
  const template = loadTemplate("storybook", { templatesDir: options.templatesDir ?? undefined });
  const book = bookOptions(template, model.document.language);
  const readiness = assessReadiness(model, options.readiness).data;
  const renderWith = (pages: ReadonlyMap<string, number> | null, unprinted: UnprintedLine[]): BookBlocks => {
    const { front, body } = splitFront(template.render(bookData(model, book, pages, unprinted, readiness)));
    return { front: parseMarkdown(front), body: parseMarkdown(body), bodyKey: body };
  };
  let unprinted: UnprintedLine[] | undefined;
  return {
    kind: "book",
    name: "storybook",
    info: bookInfo(model, book),
    template: { path: template.path, layout: template.layout },
    render(pages) {
      if (unprinted === undefined) {
        const first = renderWith(pages, []);
        unprinted = unprintedLines(sources, visibleText([...first.front, ...first.body]));
        if (unprinted.length === 0) return first;
      }
      return renderWith(pages, unprinted);
    },
    outline: bookOutline(model, book.labels),
    storyCount: model.stories.length,
  };
}

/** Returns the document info: title, author, subject, and the covered principles' names as keywords. */
function bookInfo(model: Model, options: BookOptions): DocumentInfo {
  const doc = model.document;
  const about = [doc.role, doc.company].filter((s) => s !== "").join(" · ");
  const covered = model.principles.filter((p) => storiesOf(p, model).length > 0).map((p) => p.name);
  return {
    title: doc.title || options.labels.bookTitle,
    author: doc.author,
    subject: about ? `${options.labels.bookTitle}: ${about}` : options.labels.bookTitle,
    keywords: covered,
    language: doc.language,
  };
}
