/** Layout kept between the documents of `build --watch`: by content, never for text the fonts lack, and forgotten when not asked for. */
import { describe, expect, it } from "vitest";
import { LineCache } from "../../../../src/emit/pdf/typeset/cache.js";
import { FontMetrics, loadFaces } from "../../../../src/emit/pdf/typeset/fonts.js";
import { LayoutStore, contentKey } from "../../../../src/emit/pdf/typeset/layout-store.js";
import type { LayoutContext } from "../../../../src/emit/pdf/typeset/ops.js";
import { layoutLines } from "../../../../src/emit/pdf/typeset/paragraph.js";
import type { Run } from "../../../../src/markdown/types.js";

const faces = await loadFaces();
const metrics = new FontMetrics(faces);
const ctx: LayoutContext = { metrics, fontSize: 10, lineHeight: 1.5, paragraphGap: 6, align: "left", color: "#000", scale: 1 };
const opts = { size: 10, justify: false };
const paragraph = (): Run[] => [{ text: "고객의 불만을 줄이려고 " }, { text: "매일 밤", bold: true }, { text: " 비교 배치를 돌려 차이를 보고했습니다. We shipped in two weeks." }];

/** A new document's line cache over `store`, as PdfDocument makes one. */
function documentLines(store: LayoutStore): LayoutContext {
  store.startDocument();
  return { ...ctx, lines: new LineCache(store) };
}

describe("layout kept between documents", () => {
  it("gives a later document the lines of a paragraph with the same text and styles, and only of such a one", () => {
    const store = new LayoutStore(faces);
    const first = layoutLines(paragraph(), 120, documentLines(store), opts);
    expect(first).toEqual(layoutLines(paragraph(), 120, ctx, opts));
    const next = documentLines(store);
    // New run lists, as a rebuild makes: the same lines, not broken again.
    expect(layoutLines(paragraph(), 120, next, opts)).toBe(first);
    expect(layoutLines(paragraph(), 100, next, opts)).not.toBe(first);
    const unbold = paragraph().map((run) => ({ text: run.text }));
    expect(layoutLines(unbold, 120, next, opts)).not.toBe(first);
    expect(layoutLines(unbold, 120, next, opts)).toEqual(layoutLines(unbold, 120, ctx, opts));
  });

  it("tells runs apart by where their text is split, their styles and their links", () => {
    const keys = [
      [{ text: "ab" }, { text: "c" }],
      [{ text: "a" }, { text: "bc" }],
      [{ text: "abc" }],
      [{ text: "abc", bold: true }],
      [{ text: "abc", italic: true }],
      [{ text: "abc", code: true }],
      [{ text: "abc", link: "#x" }],
      [{ text: "abc", link: "#y" }],
      [{ text: "1:a" }],
      [{ text: "1" }, { text: "a" }],
    ].map(contentKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("never keeps a paragraph with a character no font has, so each document measures it (and records it for its warning)", () => {
    const store = new LayoutStore(faces);
    const unicorn = (): Run[] => [{ text: "We shipped 🦄 in two weeks." }];
    const first = layoutLines(unicorn(), 120, documentLines(store), opts);
    const again = new FontMetrics(faces);
    const next = { ...documentLines(store), metrics: again };
    expect(layoutLines(unicorn(), 120, next, opts)).not.toBe(first);
    expect([...again.missing.keys()]).toEqual([0x1f984]);
    expect(store.sizes.paragraphs).toBe(0);
  });

  it("remembers an answer by its key, not for a key with text the fonts lack, and forgets what six documents did not ask for", () => {
    const store = new LayoutStore(faces);
    store.startDocument();
    let computed = 0;
    const answer = (blocks: string) => store.answer(blocks, "[120,1]", () => ({ height: ++computed }));
    expect(answer("same blocks")).toEqual({ height: 1 });
    expect(answer("same blocks")).toEqual({ height: 1 });
    expect(answer("other blocks")).toEqual({ height: 2 });
    expect(answer("blocks with ✅")).toEqual({ height: 3 });
    expect(answer("blocks with ✅")).toEqual({ height: 4 });
    expect(store.answer("same blocks", "[100,1]", () => ({ height: ++computed }))).toEqual({ height: 5 }); // other boxes: computed
    layoutLines(paragraph(), 120, { ...ctx, lines: new LineCache(store) }, opts);
    expect(store.sizes).toEqual({ paragraphs: 1, answers: 2 });
    for (let i = 0; i < 5; i++) store.startDocument();
    expect(answer("same blocks")).toEqual({ height: 1 }); // asked for in the sixth document since: kept
    store.startDocument();
    expect(store.sizes).toEqual({ paragraphs: 0, answers: 1 });
    for (let i = 0; i < 6; i++) store.startDocument();
    expect(store.sizes).toEqual({ paragraphs: 0, answers: 0 });
  });
});

describe("characters the kept layout is for", () => {
  it("keeps text of characters the fonts have, whatever came before, and not a character they lack after one they have", () => {
    const store = new LayoutStore(faces);
    store.startDocument();
    const kept = (text: string): boolean => {
      let computed = 0;
      store.answer(text, "", () => ++computed);
      store.answer(text, "", () => ++computed);
      return computed === 1;
    };
    expect(kept("가나다 abc")).toBe(true);
    expect(kept("\ud83e")).toBe(false); // a lone surrogate
    expect(kept("가 🦄")).toBe(false); // a pair beginning with the same unit
    expect(kept("가 ✓")).toBe(true);
    expect(kept("가 ✅")).toBe(false); // drawn as a substitute
  });
});
