/** Test helper: one browser session for the browser tests: every notes set's pages built once, a phone-sized context, read-only pages shared. */
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { EXAMPLES, NOTES_KO } from "../../examples.js";
import { launch, open, type Opened } from "./browser.js";
import { CONTENT, inputsFor, writePages, type Inputs, type Pages } from "./inputs.js";

/** The notes the pages are made from: the bundled content and the four shared examples. */
export const NOTES: Readonly<Record<string, string>> = {
  content: CONTENT,
  "notes-ko": NOTES_KO,
  "notes-en": join(EXAMPLES, "notes-en.md"),
  "notes-principles-ko": join(EXAMPLES, "notes-principles-ko.md"),
  "notes-principles-en": join(EXAMPLES, "notes-principles-en.md"),
};

/** The three pages of a notes set. */
export const PAGES = ["sheet", "deck", "book"] as const;
export type Kind = (typeof PAGES)[number];

/** A launched browser with the pages of every notes set written to disk. */
export class Session {
  private readonly shared = new Map<string, Promise<Opened>>();

  private constructor(
    readonly browser: Browser,
    /** 390 × 844 CSS pixels, a common phone. */
    readonly phone: BrowserContext,
    private readonly built: ReadonlyMap<string, { inputs: Inputs; pages: Pages }>,
  ) {}

  /** Returns a session: the browser launches while the pages are built. */
  static async start(executablePath: string): Promise<Session> {
    const launched = launch(executablePath);
    const built = new Map<string, { inputs: Inputs; pages: Pages }>();
    for (const [name, path] of Object.entries(NOTES)) {
      const inputs = await inputsFor(path);
      built.set(name, { inputs, pages: await writePages(inputs, `html-${name}-`) });
    }
    const browser = await launched;
    return new Session(browser, await browser.newContext({ viewport: { width: 390, height: 844 } }), built);
  }

  /** Returns the inputs and the written pages of a notes set. */
  of(name: string): { inputs: Inputs; pages: Pages } {
    const found = this.built.get(name);
    if (!found) throw new Error(`no pages for ${name}`);
    return found;
  }

  /** Returns a page opened once on the phone and shared: for tests that read it and leave it as they found it. */
  view(name: string, kind: Kind): Promise<Opened> {
    const key = `${name}/${kind}`;
    const found = this.shared.get(key) ?? open(this.phone, this.of(name).pages[kind]);
    this.shared.set(key, found);
    return found;
  }

  /** Closes the browser and every page. */
  close(): Promise<void> {
    return this.browser.close();
  }
}
