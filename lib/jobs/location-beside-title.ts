/**
 * The location a careers page prints beside the job title, unlabelled by any class name: a line
 * after a map-pin icon (corpus spacecrew-d1), or a short line under the heading that the page's
 * `<title>` also names ("Software Engineer - USDS - San Jose, California, United States").
 */
import { documentTitle } from './dom.ts';
import { inlineText } from './html-text.ts';

const PIN = /map|pin|location|marker|place|geo/i;
const MAX_CHARS = 80;
// How far after the heading (in text-bearing elements) the line may sit.
const MAX_LEAVES = 12;

function iconHint(el: Element): string {
  const use = el.querySelector('use');
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('alt') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${use?.getAttribute('href') ?? ''}`;
}

/** Leaf elements (no element children with text) after `start` in document order. */
function leavesAfter(doc: Document, start: Element): Element[] {
  const all = Array.from(doc.body?.querySelectorAll('*') ?? []);
  const out: Element[] = [];
  for (let i = all.indexOf(start) + 1; i < all.length && out.length < MAX_LEAVES; i++) {
    const el = all[i];
    if (start.contains(el) || /^(SCRIPT|STYLE|SVG|PATH|USE|CIRCLE|RECT|LINE)$/i.test(el.tagName)) continue;
    const text = inlineText(el);
    if (text && !Array.from(el.children).some((c) => inlineText(c))) out.push(el);
  }
  return out;
}

/** The location beside the heading `h1`, or null. */
export function locationBesideTitle(doc: Document, h1: Element | null): string | null {
  if (!h1) return null;
  const leaves = leavesAfter(doc, h1);
  for (const leaf of leaves) {
    const icon = leaf.previousElementSibling;
    if (icon && /^(svg|i|img|span)$/i.test(icon.tagName) && !inlineText(icon) && PIN.test(iconHint(icon))) {
      const text = inlineText(leaf);
      if (text && text.length <= MAX_CHARS) return text;
    }
  }
  const title = inlineText(h1) ?? '';
  const page = documentTitle(doc) ?? '';
  if (!title || !page.startsWith(title)) return null;
  const rest = page.slice(title.length).split(/\s+[-–|]\s+/).map((p) => p.trim()).filter(Boolean);
  for (const leaf of leaves) {
    const text = inlineText(leaf);
    if (text && text.includes(',') && rest.includes(text)) return text;
  }
  return null;
}
