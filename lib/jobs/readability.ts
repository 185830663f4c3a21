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

// What Readability keeps after a job's own heading must be an ad, not a line or two.
const MIN_AFTER_HEADING_CHARS = 200;

/**
 * Removes everything the page shows before a job's own heading, and the heading: on a careers
 * page whose h1 names the page ("Karriere") the company's introduction comes first, and the ad
 * is what follows the job's h2 or h3.
 */
function removeBefore(heading: Element): void {
  for (let node: Element | null = heading; node && !/^(BODY|HTML)$/i.test(node.tagName); node = node.parentElement) {
    while (node.previousSibling) node.previousSibling.remove();
  }
  heading.remove();
}

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

// What Readability left out of the ad may at most double what it kept (a careers page's bullet
// lists); more means the blocks between the kept ones are something else.
const MAX_GROWTH = 2;
const KEPT = 'p, li, h2, h3, h4, h5, h6';
const BLOCKS = 'p, h2, h3, h4, h5, h6, ul, ol';
// A heading is a short line without a sentence end ("About the role", "In this role, you'll:").
const HEADING_MAX_CHARS = 80;
// "Apply for this job" over the form below the ad is a control's caption, not the ad's words.
const APPLY = /^(apply|jetzt bewerben|bewerben|postuler|candidat[ae]r?|solliciteer|aplikuj)\b/i;
// Lists of links are other jobs or menus, not the ad's bullets.
const MAX_LINK_SHARE = 0.3;

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The deepest element of the page that holds every one of `els`. */
function commonAncestor(els: Element[]): Element | null {
  let common: Element | null = els[0] ?? null;
  for (const el of els.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

function isHeading(el: Element): boolean {
  const text = textOf(el);
  if (!text || text.length > HEADING_MAX_CHARS || /[.!?]$/.test(text)) return false;
  if (/^H[2-6]$/i.test(el.tagName)) return true;
  const bold = Array.from(el.querySelectorAll('strong, b')).map(textOf).join(' ').trim();
  return el.tagName.toUpperCase() === 'P' && bold === text;
}

function linkShare(el: Element): number {
  const all = textOf(el).length;
  return all ? Array.from(el.querySelectorAll('a')).map(textOf).join('').length / all : 0;
}

/** A copy of `el` without furniture, controls and invisible text. */
function cleanCopy(el: Element): Element {
  const copy = el.cloneNode(true) as Element;
  for (const x of Array.from(copy.querySelectorAll(`${PRUNE}, ${INVISIBLE}, form, button`))) x.remove();
  return copy;
}

/**
 * Readability joins a paragraph's siblings only when they read as sentences, so an ad's bold
 * headings ("About the role") and its bullet lists can be left out while the prose around them
 * is kept (a careers page whose top candidate is one paragraph). The page's own blocks from the
 * heading just before the first kept paragraph to the last kept one are the ad: the left-out
 * headings, lists and paragraphs between are put back, in the page's order.
 */
function withLeftOutBlocks(content: Element, original: Map<Element, Element>): Element {
  // The page's element of each block Readability kept, and where that block sits in its output.
  const inContent = new Map<Element, Element>();
  for (const b of Array.from(content.querySelectorAll(KEPT))) {
    const page = original.get(b);
    if (page) inContent.set(page, b);
  }
  const container = commonAncestor([...inContent.keys()]);
  if (!container || /^(BODY|HTML)$/i.test(container.tagName)) return content;
  const blocks = Array.from(container.querySelectorAll(BLOCKS))
    .filter((b) => !b.parentElement?.closest('p, ul, ol') && !b.closest('form, nav, header, footer, aside'));
  /** Where a page block is in the output: itself, or the list of its kept items. */
  const placed = (b: Element): Element | null => {
    const own = inContent.get(b);
    if (own) return own;
    const item = Array.from(b.querySelectorAll('li')).map((li) => inContent.get(li)).find(Boolean);
    return item ? (item.closest('ul, ol') ?? item) : null;
  };
  const first = blocks.findIndex((b) => placed(b));
  if (first < 0) return content;
  const last = blocks.length - 1 - [...blocks].reverse().findIndex((b) => placed(b));
  // Planned first, applied only when what was left out is a modest share: a lot left out means
  // Readability had reason to.
  const inserts: { copy: Element; after: Element | null }[] = [];
  const keptText = textOf(content);
  let anchor: Element | null = null;
  const from = first > 0 && isHeading(blocks[first - 1]) ? first - 1 : first;
  for (const b of blocks.slice(from, last + 1)) {
    const at = placed(b);
    if (at) anchor = at;
    // A block Readability rewrote (a paragraph split at its line breaks) is there in other elements.
    else if (textOf(b) && !keptText.includes(textOf(b)) && linkShare(b) < MAX_LINK_SHARE && !(isHeading(b) && APPLY.test(textOf(b)))) inserts.push({ copy: cleanCopy(b), after: anchor });
  }
  const added = inserts.reduce((n, i) => n + textOf(i.copy).length, 0);
  if (!added || keptText.length + added > keptText.length * MAX_GROWTH) return content;
  const firstPlaced = placed(blocks[first])!;
  // In reverse, so copies that follow one anchor keep the page's order.
  for (const { copy, after } of [...inserts].reverse()) {
    if (after) after.after(copy);
    else firstPlaced.before(copy);
  }
  return content;
}

/**
 * The main content element Readability finds, or null. Readability rewrites the document it
 * reads, so it gets a clone (a clone has no browsing context: nothing loads or runs).
 */
export function readMainContent(doc: Document, jobHeading: Element | null = null): Element | null {
  const clone = doc.cloneNode(true) as Document;
  // Each element of the copy to its original: the copy's elements before Readability moves them.
  const original = new Map<Element, Element>();
  const originals = Array.from(doc.querySelectorAll('*'));
  const copies = Array.from(clone.querySelectorAll('*'));
  copies.forEach((el, i) => original.set(el, originals[i]!));
  const headingCopy = jobHeading ? copies[originals.indexOf(jobHeading)] : undefined;
  if (headingCopy) removeBefore(headingCopy);
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
  const content = reader.parse()?.content ?? null;
  // Too little after the job's heading: the heading was not where the ad starts; read the page.
  if (headingCopy && (content?.textContent ?? '').trim().length < MIN_AFTER_HEADING_CHARS) return readMainContent(doc);
  return content ? withLeftOutBlocks(content, original) : null;
}
