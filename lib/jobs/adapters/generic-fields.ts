/** Heuristics for careers pages of any company: title from the heading, company from the site name. */
import { clean, documentTitle, metaContent } from '../dom.ts';
import { inlineText } from '../html-text.ts';

const SEPARATORS = /\s+[|–—·:-]\s+|\s+at\s+/i;
const GENERIC_WORDS = /^(careers?|jobs?|job openings?|open positions|vacancies|home|join us)$/i;

/** The page's main heading, trimmed (titles often carry trailing spaces, corpus careers-vercel-1). */
export function headingTitle(doc: Document): string | null {
  const scope = doc.querySelector('main, [role="main"], article') ?? doc;
  return inlineText(scope.querySelector('h1')) ?? inlineText(doc.querySelector('h1'));
}

/**
 * The company: `og:site_name`, else the part of `<title>` that is not the job title
 * ("Analytics Engineer – Vercel" → "Vercel"). Null when neither says.
 */
export function companyFromSite(doc: Document, title: string | null): string | null {
  const site = metaContent(doc, 'og:site_name') ?? metaContent(doc, 'application-name');
  if (site && !GENERIC_WORDS.test(site)) return site.replace(/\s+(careers?|jobs)$/i, '');
  const pageTitle = documentTitle(doc) ?? metaContent(doc, 'og:title');
  if (!pageTitle) return null;
  const parts = pageTitle.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
  const rest = parts.filter((p) => !title || norm(p) !== norm(title)).filter((p) => !GENERIC_WORDS.test(p));
  // When the title is in the tag, what is left is the company; otherwise guess the last part.
  const pick = rest.length < parts.length ? rest[rest.length - 1] : parts[parts.length - 1];
  return pick ? clean(pick.replace(/\s+(careers?|jobs)$/i, '')) : null;
}

/** Text of a location element, joining list-like children ("United States", "Canada") with commas. */
function locationText(el: Element): string | null {
  const leaves = Array.from(el.children).filter((c) => c.children.length === 0 && inlineText(c));
  if (leaves.length < 2) return inlineText(el);
  const joined = leaves.map((c) => inlineText(c)).join(', ');
  return (inlineText(el) ?? '').startsWith('(') ? `(${joined})` : joined;
}

/**
 * Location from elements named for it (`class`/`id`/`itemprop`/`data-*` containing "location").
 * Text the element's parent shows before it ("Remote (United States, Canada)") is kept.
 */
export function locationFromPage(doc: Document): string | null {
  const el = doc.querySelector(
    '[itemprop="jobLocation"], [class*="location" i]:not(script):not(link), [id*="location" i]:not(script), [data-testid*="location" i]',
  );
  if (!el) return null;
  const own = locationText(el);
  if (!own) return null;
  let before = '';
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3 || (n.nodeType === 1 && !/^(I|SVG|IMG)$/i.test((n as Element).tagName))) {
      before = `${n.textContent ?? ''}${before}`;
    }
  }
  const prefix = clean(before);
  const text = prefix && own.startsWith('(') ? `${prefix} ${own}` : own;
  return text.length <= 120 ? text : null;
}
