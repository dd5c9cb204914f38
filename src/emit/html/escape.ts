/** Escaping for HTML text and attributes, and the one rule for which link targets are kept. */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Returns `text` safe to place in HTML text or in a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Links kept as links: in-page anchors, web pages and mail; anything else (`javascript:`, files) stays text. */
const SAFE_HREF = /^(#|https?:|mailto:)/i;

/** Returns the href to write for a link target, or null when the target is not one we link to. */
export function safeHref(target: string): string | null {
  const trimmed = target.trim();
  if (!SAFE_HREF.test(trimmed) || trimmed === "#") return null;
  return trimmed;
}
