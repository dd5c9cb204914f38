/** The outer HTML document every page shares: language, viewport, a policy that forbids loading anything, styles inline. */
import { escapeHtml } from "./escape.js";

/** What every page takes: its title, language, stylesheet and `@font-face` rules (from `fontCss`). */
export interface PageBase {
  title: string;
  /** BCP 47 language of the notes, e.g. `ko` or `en`. */
  lang: string;
  css: string;
  fontCss: string;
}

/**
 * Nothing may be fetched: styles and scripts are inline, fonts are data URLs. A mistake that reaches
 * for the network fails loudly (a console error the browser tests catch) instead of working only online.
 */
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'";

/** Returns a complete HTML document: `body` is the inner HTML of `<body>`, `script` (plain JavaScript) runs at its end. */
export function htmlDocument(page: PageBase & { kind: "sheet" | "deck" | "book"; body: string; script?: string; headScript?: string }): string {
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`,
    `<meta name="color-scheme" content="light dark">`,
    `<meta name="generator" content="prep-print">`,
    `<title>${escapeHtml(page.title)}</title>`,
    ...(page.headScript ? [`<script>${inlineScript(page.headScript)}</script>`] : []),
    ...(page.fontCss ? [`<style>\n${inlineStyle(page.fontCss)}\n</style>`] : []),
    `<style>\n${inlineStyle(page.css)}\n</style>`,
  ];
  const script = page.script ? `\n<script>\n${inlineScript(page.script)}\n</script>` : "";
  return [
    `<!doctype html>`,
    `<html lang="${escapeHtml(page.lang)}">`,
    `<head>\n${head.join("\n")}\n</head>`,
    `<body class="${page.kind}">\n${page.body}${script}\n</body>`,
    `</html>`,
    "",
  ].join("\n");
}

/** Raw text inside `<style>` ends at the first `</style`; a stylesheet from the templates folder must not end it early. */
function inlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, "<\\/$1");
}

/** Same for `<script>`; `<\/script` means the same to JavaScript inside a string or a comment. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
}
