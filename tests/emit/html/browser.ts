/**
 * Test helper: Debian's Chromium driven by playwright-core (which never downloads a browser), pages
 * opened from file://, and the in-page measurements the browser tests make (as strings: the tests
 * compile without the DOM's types).
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Returns the Chromium to drive: `$CHROMIUM_PATH`, `/usr/bin/chromium`, or `chromium`/`chromium-browser` on the PATH; null if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const onPath = (env.PATH ?? "").split(delimiter).filter((dir) => dir !== "").flatMap((dir) => [join(dir, "chromium"), join(dir, "chromium-browser")]);
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", ...onPath];
  return candidates.find((path): path is string => path !== undefined && path !== "" && existsSync(path)) ?? null;
}

/** Quiet, offline flags. playwright adds `--headless` and a fresh `--user-data-dir` of its own on every launch. */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Returns a launched headless Chromium. */
export function launch(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: ARGS });
}

/** A page opened from disk and what went wrong while it loaded and ran. */
export interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions, and any request that left the file (the pages must need nothing else). */
  errors: string[];
}

/** Opens `path` from file:// in `context` and waits until its fonts are ready. */
export async function open(context: BrowserContext, path: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("pageerror", (error) => void errors.push(error.message));
  page.on("request", (request) => void (/^(file|data):/.test(request.url()) || errors.push(`request to ${request.url()}`)));
  await page.goto(pathToFileURL(path).href);
  await page.evaluate("document.fonts.ready.then(() => true)");
  return { page, errors };
}

/** How far the page scrolls sideways beyond the viewport, in CSS pixels (0 when nothing overflows). */
export async function sideways(page: Page): Promise<number> {
  return Number(await page.evaluate("document.scrollingElement.scrollWidth - window.innerWidth"));
}

/** Returns the page's visible text, whitespace collapsed. */
export async function visibleText(page: Page): Promise<string> {
  return collapse(String(await page.evaluate("document.body.innerText")));
}

/** Returns text with every run of whitespace as one space, trimmed. */
export const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * Every run of Hangul syllables (a Korean word, or its core between punctuation) that lies on more
 * than one line although it is narrower than its block: a word split where keep-all forbids it.
 */
const SPLIT_WORDS = `(() => {
  const split = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement && node.parentElement.closest("p, li, td, th, h1, h2, h3, h4, div, section, header, footer");
    if (!block || block.getClientRects().length === 0) continue;
    for (const match of node.textContent.matchAll(/\\p{Script=Hangul}+/gu)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      const width = rects.reduce((sum, r) => sum + r.width, 0);
      if (lines.size > 1 && width < block.clientWidth) split.push(match[0]);
    }
  }
  return split;
})()`;

/** Returns the Korean words that the page splits across two lines. */
export async function splitWords(page: Page): Promise<string[]> {
  const found: unknown = await page.evaluate(SPLIT_WORDS);
  return Array.isArray(found) ? found.map(String) : [];
}

/** Follows every link whose target starts with `prefix` from the top of the page; where each target then sits. */
const FOLLOW_LINKS = (prefix: string) => `(() => {
  const hrefs = [...new Set([...document.querySelectorAll('a[href^="${prefix}"]')].map((a) => a.getAttribute("href")))];
  return hrefs.map((href) => {
    window.scrollTo(0, 0);
    document.querySelector('a[href="' + href + '"]').click();
    return { href, top: Math.round(document.getElementById(href.slice(1)).getBoundingClientRect().top) };
  });
})()`;

/** Returns, for each distinct link target starting with `prefix`, how far from the top of the viewport it lands when followed. */
export async function linkTargets(page: Page, prefix: string): Promise<{ href: string; top: number }[]> {
  const found: unknown = await page.evaluate(FOLLOW_LINKS(prefix));
  if (!Array.isArray(found)) return [];
  return found.map((entry: unknown) =>
    typeof entry === "object" && entry !== null && "href" in entry && "top" in entry ? { href: String(entry.href), top: Number(entry.top) } : { href: "?", top: NaN },
  );
}

/** Returns the families of the fonts that drew the text of every element, marked when they are not embedded in the page. */
export async function fontsUsed(context: BrowserContext, page: Page): Promise<string[]> {
  const cdp = await context.newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "body, body *" });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    for (const font of fonts) families.add(font.isCustomFont ? font.familyName : `${font.familyName} (from the system)`);
  }
  await cdp.detach();
  return [...families].sort();
}

/** Returns the number of pages of a PDF. */
export async function pdfPages(bytes: Uint8Array): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}
