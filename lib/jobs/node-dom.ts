/**
 * Node only (CLI, tests, benchmarks): parses saved HTML into a DOM that extractJob accepts.
 * Never import this from extension code; the browser already has a Document.
 */
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';

/** jsdom is closest to a browser (DOMPurify works, so descriptionHtml is kept); linkedom is ~10x faster. */
export type DomKind = 'linkedom' | 'jsdom';

/** Parses HTML with the chosen Node DOM. Neither runs the page's scripts nor loads anything. */
export function parsePage(html: string, kind: DomKind = 'linkedom'): Document {
  if (kind === 'jsdom') return new JSDOM(html).window.document;
  return parseHTML(html).document as unknown as Document;
}
