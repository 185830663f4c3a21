/**
 * Sanitises description HTML for display in extension pages. Page content is untrusted: only
 * formatting tags survive, no attributes except link targets, never scripts, styles or handlers.
 */
import DOMPurify, { type DOMPurify as Purifier, type WindowLike } from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'br', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'span', 'div', 'hr',
];
const MAX_HTML_CHARS = 200_000;

const purifiers = new WeakMap<object, Purifier | null>();

function purifierFor(doc: Document): Purifier | null {
  const view = doc.defaultView as unknown as (WindowLike & object) | null;
  if (!view) return null;
  if (!purifiers.has(view)) {
    const p = DOMPurify(view);
    // DOMPurify refuses DOMs it cannot trust (linkedom): then we keep no HTML rather than unsafe HTML.
    purifiers.set(view, p.isSupported ? p : null);
  }
  return purifiers.get(view) ?? null;
}

/**
 * Sanitised HTML, or null when this DOM cannot sanitise (the caller then keeps text only) or
 * the HTML is absurdly large.
 */
export function sanitizeDescriptionHtml(doc: Document, html: string): string | null {
  if (html.length > MAX_HTML_CHARS) return null;
  const purifier = purifierFor(doc);
  if (!purifier) return null;
  const out = purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
  return String(out).trim() || null;
}
