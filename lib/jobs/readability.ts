/** The Readability fallback: Mozilla's reader-mode heuristics on a copy of the page. */
import { Readability } from '@mozilla/readability';

// Pages bigger than this are not articles; reading them would only cost time.
const MAX_ELEMENTS = 30_000;
const PRUNE = 'script, style, noscript, template, svg, iframe, link, meta, header, nav, footer, dialog';
// Text a sighted reader never sees: skip links, screen-reader-only and hidden elements.
const INVISIBLE = '[hidden], [aria-hidden="true"], [data-reach-skip-link], .sr-only, .visually-hidden, [class*="sr-only"]';
const SKIP_LINK = /^\s*skip (to|navigation)/i;

function removeInvisible(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(INVISIBLE))) el.remove();
  for (const a of Array.from(doc.querySelectorAll('a[href^="#"]'))) {
    if (SKIP_LINK.test(a.textContent ?? '')) a.remove();
  }
}

// A job header (title, location, apply button) holds little text; an ad holds a lot.
const HEADER_MAX_CHARS = 500;

/**
 * Removes the block around the page's h1 (title, location, "Apply"): the adapter already read
 * those fields, and Readability would otherwise start the description with them.
 */
function removeJobHeader(doc: Document): void {
  const h1 = doc.querySelector('h1');
  if (!h1) return;
  let block: Element = h1;
  for (let up = h1.parentElement; up && up !== doc.body; up = up.parentElement) {
    if ((up.textContent ?? '').length > HEADER_MAX_CHARS) break;
    block = up;
  }
  block.remove();
}

/**
 * The main content element Readability finds, or null. Readability rewrites the document it
 * reads, so it gets a clone (a clone has no browsing context: nothing loads or runs).
 */
export function readMainContent(doc: Document): Element | null {
  const clone = doc.cloneNode(true) as Document;
  // Furniture removed up front: faster, and a job ad is never inside a nav or a form.
  for (const el of Array.from(clone.querySelectorAll(PRUNE))) el.remove();
  removeInvisible(clone);
  removeJobHeader(clone);
  const reader = new Readability<Element>(clone, {
    maxElemsToParse: MAX_ELEMENTS,
    charThreshold: 300,
    disableJSONLD: true,
    serializer: (node) => node as Element,
  });
  return reader.parse()?.content ?? null;
}
