// Bundles the command line into one file, dist/prep-print.cjs, and makes V8's code cache for it
// (dist/prep-print.cjs.cache) by building the bundled example content once. bin/prep-print.js starts
// from the two when they are there and current (src/launch.ts): a fresh process then reads one file
// instead of some two hundred modules, and compiles little. Run after tsc by `npm run build:ts`.
//
// Three things differ from the modules in dist/, each rewritten here:
// - `import.meta.url` becomes the URL the module had in dist/, reckoned from the bundle's place, so
//   that templates, catalogues, fonts and the worker are found beside it as before;
// - pdfkit and fontkit, loaded lazily through createRequire (src/emit/pdf/typeset/modules.ts), and the
//   templates compiled ahead of time (dist/templates/precompiled.cjs, src/templates/compiled.ts) are
//   loaded through the bundle's own require, so that they are in it and in its code cache;
// - pdfkit's standard fonts, required through its own createRequire, are required plainly.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const bundle = join(dist, "prep-print.cjs");

/** The bundle's own URL, from which each module's former URL is reckoned. */
const BUNDLE_URL = `require("node:url").pathToFileURL(__filename)`;

const rewrite = {
  name: "prep-print-bundle",
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      let contents = readFileSync(args.path, "utf8");
      const from = relative(dist, args.path).split("\\").join("/");
      contents = contents.replaceAll("import.meta.url", `new URL(${JSON.stringify(`./${from}`)}, ${BUNDLE_URL}).href`);
      // Modules that require by literal paths through createRequire: the bundle's own require takes them in.
      if (from === "emit/pdf/typeset/modules.js" || from === "templates/compiled.js") contents = contents.replace(/^const require = createRequire\(.*\);$/m, "");
      return { contents, loader: "js" };
    });
    // brotli's dictionary (for WOFF2 fonts) is an array literal of 122,784 numbers, one per line: a third
    // of the bundle, read, compiled and built into an array by every run. The same bytes, as base64.
    b.onLoad({ filter: /[\\/]brotli[\\/]dec[\\/]dictionary-data\.js$/ }, (args) => {
      const bytes = Buffer.from(createRequire(import.meta.url)(args.path).dictionary);
      return {
        contents: `exports.dictionary = new Uint8Array(Buffer.from(${JSON.stringify(bytes.toString("base64"))}, "base64"));\nexports.init = function () { return exports.dictionary; };\n`,
        loader: "js",
      };
    });
    // gray-matter loads js-yaml (and js-yaml tries esprima, from outside the bundle) for its default YAML engine,
    // which src/notes/frontmatter.ts always replaces with the `yaml` package. Its place is taken by a stub that
    // says so if it is ever called.
    b.onResolve({ filter: /^js-yaml$/ }, (args) => (/[\\/]gray-matter[\\/]/.test(args.importer) ? { path: "js-yaml-unused", namespace: "prep-print-stub" } : undefined));
    b.onLoad({ filter: /^js-yaml-unused$/, namespace: "prep-print-stub" }, () => ({
      contents: `const unused = () => { throw new Error("gray-matter's js-yaml engine is not in the bundle: front matter is read with the yaml package"); };\nmodule.exports = { safeLoad: unused, safeDump: unused };\n`,
      loader: "js",
    }));
    // Built only when first asked for: Unicode tables (five, of which the shapers of Arabic, Indic and other
    // scripts are never used for Korean and English) and pdfkit's AES tables (for encrypted PDFs, never made).
    b.onLoad({ filter: /[\\/]unicode-trie[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const end = "module.exports = UnicodeTrie;";
      if (!source.includes(end)) throw new Error(`unicode-trie has changed: ${args.path} has no \`${end}\``);
      const lazy = "class LazyUnicodeTrie {\n  constructor(data) { this.source = data; this.trie = undefined; }\n  get(codePoint) { return (this.trie ??= new UnicodeTrie(this.source)).get(codePoint); }\n}\nmodule.exports = LazyUnicodeTrie;";
      return { contents: source.replace(end, lazy), loader: "js" };
    });
    b.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, (args) => (/[\\/]pdfkit[\\/]/.test(args.importer) ? { path: "aes-when-asked", namespace: "prep-print-stub", pluginData: args.resolveDir } : undefined));
    b.onLoad({ filter: /^aes-when-asked$/, namespace: "prep-print-stub" }, (args) => ({
      contents: `const aes = () => require("@noble/ciphers/aes");\nmodule.exports = { cbc: (...a) => aes().cbc(...a), ecb: (...a) => aes().ecb(...a) };\n`,
      resolveDir: args.pluginData,
      loader: "js",
    }));
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8").replaceAll("require$1('#standard-fonts/", "require('#standard-fonts/");
      // Named destinations are sorted with localeCompare, whose first call loads the locale's collation (about
      // 10 ms). Names of lower-case letters, digits and hyphens (the bundled templates' anchors) sort the same by
      // code units, which is also the byte order the PDF format asks of a name tree; other names as before.
      const compare = "_compareKeys(a, b) {\n    return a.localeCompare(b);\n  }";
      if (!source.includes(compare)) throw new Error(`pdfkit has changed: ${args.path} has no \`${compare}\``);
      const plain = "_compareKeys(a, b) {\n    const plain = /^[a-z0-9-]*$/;\n    return plain.test(a) && plain.test(b) ? (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b);\n  }";
      return { contents: source.replace(compare, plain), loader: "js" };
    });
  },
};

/**
 * Returns the bundle with every other character written as a `\uXXXX` escape. Node reads an ASCII file into
 * a string at once (src/launch.ts), where a file with other characters is decoded from UTF-8: 30–50 ms for this
 * one. esbuild escapes strings but leaves regular expressions and `String.raw` templates as written; an escape
 * means the same character in a regular expression, with or without the `u` flag (a surrogate pair is read as
 * one code point with it), so a `String.raw` template with such characters must only ever be a pattern's source
 * (src/templates/figures.ts, key-result.ts). An escaped character after a backslash would not be: refused.
 */
function asciiOnly(code) {
  const escaped = /\\[^\x00-\x7f]/.exec(code);
  if (escaped) throw new Error(`the bundle has a backslash before a non-ASCII character (${JSON.stringify(code.slice(escaped.index - 40, escaped.index + 40))}): it cannot be escaped`);
  return code.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// A cache is only ever beside the bundle it was made from: it goes first, and is made again after.
rmSync(`${bundle}.cache`, { force: true });
const built = await build({
  entryPoints: [join(dist, "bundle-entry.js")],
  outfile: bundle,
  write: false,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  plugins: [rewrite],
});
// Replaced whole (written beside it, then renamed): a command started meanwhile reads the old bundle or the new one.
const text = asciiOnly(built.outputFiles[0]?.text ?? "");
writeFileSync(`${bundle}.tmp-${process.pid}`, text);
renameSync(`${bundle}.tmp-${process.pid}`, bundle);
const modules = text.match(/\/\/ (?:dist|node_modules)\/\S+/g)?.length ?? 0;
if (modules === 0) throw new Error("the bundle names no module: was it built?");

// The code cache: the bundle run once on the example content, its compiled code written at exit.
const out = mkdtempSync(join(tmpdir(), "prep-print-code-cache-"));
try {
  const run = spawnSync(process.execPath, [join(root, "bin", "prep-print.js"), "build", join(root, "content"), "-o", out], {
    cwd: root,
    env: { ...process.env, PREP_PRINT_WRITE_CODE_CACHE: "1", PREP_PRINT_THREADS: "1" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`the warm-up build failed (exit ${run.status}):\n${run.stderr}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
if (!existsSync(`${bundle}.cache`)) throw new Error("the warm-up build wrote no code cache");
