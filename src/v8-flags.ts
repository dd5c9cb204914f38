/** V8 flags the command sets for itself, never asked of the user: each says what it was measured to give. */

/**
 * V8 flags of every run, set before the bundle is compiled: V8 accepts a code cache only under the
 * flags it was made with.
 * - A build is short and the PDFs of large notes hold hundreds of MB: the heap is collected once it
 *   has grown by 60% over what was live, not up to four times (V8's default for fast-allocating
 *   code). On 1 MB notes: peak 749 → 463 MB for about a fifth more CPU time.
 * - A function is optimised (TurboFan) after it has run about four times as long as V8's default asks
 *   (an interrupt budget of 300 000 against V8's 67 584): most of a build's functions run hot only
 *   briefly, and optimising them early cost more than it gave. 16 KB notes, three PDFs: 1.25 → 1.03 s.
 * - A regular expression is compiled to machine code when first run, not interpreted once and then
 *   compiled again (V8's tier-up): a build runs some two hundred of them, most more than once, and
 *   compiling them was 6 % of all the work of 16 KB notes' build (instructions counted by callgrind:
 *   5.76 → 5.63 billion in all, the expressions' compiling 366 → 160 million).
 */
export const V8_FLAGS = "--heap-growing-percent=60 --interrupt-budget=300000 --no-regexp-tier-up";

/**
 * V8 flags for a process that stays: `build --watch` runs the same functions build after build, so
 * they are optimised at V8's own interrupt budget again. A watch rebuild of content/: 150 → 110 ms.
 */
export const WATCH_V8_FLAGS = "--interrupt-budget=67584";

/**
 * V8 flags for notes over build.ts's HELPER_NOTES_LIMIT, set by the pipeline, which first knows their length:
 * the heap collected once it has grown 20 % over what is live (60 % otherwise).
 */
export const LONG_NOTES_V8_FLAGS = "--heap-growing-percent=20";
