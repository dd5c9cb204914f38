/** What is drawn after layout: running header and `n / N` footer on every page but the cover, and the bookmarks. */
import type { Model } from "../../model/types.js";
import type { PdfDocument } from "../../typeset/index.js";
import { questionAnchor, storiesOf, storyAnchor } from "./data.js";
import type { Geometry } from "./layout.js";
import type { Labels } from "./options.js";

const MUTED = "#5b6470";

/** Draws the running header (the document title) and the page number on every page after the cover. */
export function drawPageFurniture(pdf: PdfDocument, geo: Geometry, title: string, hasCover: boolean): void {
  const total = pdf.pageCount;
  const { margins, size } = geo;
  const width = size[0] - margins.left - margins.right;
  const headerY = Math.max(margins.top * 0.45, 8);
  const footerY = size[1] - margins.bottom * 0.6;
  for (let page = hasCover ? 1 : 0; page < total; page++) {
    pdf.switchToPage(page);
    pdf.text(title, margins.left, headerY, { size: 8, width, align: "left", color: MUTED });
    pdf.line(margins.left, headerY + 13, margins.left + width, headerY + 13, { width: 0.4 });
    pdf.text(`${page + 1} / ${total}`, margins.left, footerY, { size: 8, width, align: "center", color: MUTED });
  }
}

/** Adds the bookmarks: contents, each principle → its stories, other stories, coverage, questions → each question. */
export function addBookmarks(pdf: PdfDocument, model: Model, labels: Labels, pages: ReadonlyMap<string, number>): void {
  const at = (anchor: string): number | undefined => {
    const page = pages.get(anchor);
    return page === undefined ? undefined : page - 1;
  };
  const add = (title: string, anchor: string, parent?: ReturnType<PdfDocument["addOutline"]>) => {
    const page = at(anchor);
    return page === undefined ? undefined : pdf.addOutline(title, page, parent);
  };
  add(labels.contents, "contents");
  const index = new Map(model.stories.map((s, i) => [s.id, i]));
  const group = (title: string, ids: string[]) => {
    const first = ids[0];
    const firstIndex = first === undefined ? undefined : index.get(first);
    if (firstIndex === undefined) return;
    const parent = add(title, storyAnchor(firstIndex));
    for (const id of ids) {
      const i = index.get(id);
      const story = i === undefined ? undefined : model.stories[i];
      if (story && i !== undefined && parent) add(story.title, storyAnchor(i), parent);
    }
  };
  const tagged = new Set<string>();
  for (const principle of model.principles) {
    const ids = storiesOf(principle, model);
    ids.forEach((id) => tagged.add(id));
    group(principle.name, ids);
  }
  group(labels.otherStories, model.stories.filter((s) => !tagged.has(s.id)).map((s) => s.id));
  add(labels.coverage, "coverage");
  const questions = add(labels.questions, "questions");
  model.questions.forEach((q, i) => {
    if (questions) add(`Q${q.number}. ${q.text}`, questionAnchor(i), questions);
  });
}
