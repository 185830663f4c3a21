/** Heuristics for careers pages of any company: title from the heading, company from the site name. */
import { clean, documentTitle, metaContent } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import { locationBesideTitle } from '../location-beside-title.ts';

const SEPARATORS = /\s+[|–—·:-]\s+|\s+at\s+/i;
const GENERIC_WORDS = /^(careers?|jobs?|job openings?|open positions|vacancies|home|join us)$/i;
export { headingElement, headingTitle } from './job-heading.ts';
import { headingElement, namesThePage } from './job-heading.ts';

/**
 * The company: `og:site_name`, else the part of `<title>` that is not the job title
 * ("Analytics Engineer – Vercel" → "Vercel"). Null when neither says.
 */
export function companyFromSite(doc: Document, title: string | null): string | null {
  const site = metaContent(doc, 'og:site_name') ?? metaContent(doc, 'application-name');
  const fromTitle = companyFromTitle(doc, title);
  // A job board's own name ("Space Crew" on spacecrew.com) is not the employer: the page title
  // names the employer there ("Senior Embedded Software Engineer - Spire").
  if (site && isHostName(doc, site) && fromTitle && !isHostName(doc, fromTitle)) return fromTitle;
  if (site && !GENERIC_WORDS.test(site)) return site.replace(/\s+(careers?|jobs)$/i, '');
  return fromTitle ?? companyFromFooter(doc);
}

/** Whether `name` is the site's own name, as its address spells it ("Space Crew" on spacecrew.com). */
function isHostName(doc: Document, name: string): boolean {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? doc.location?.href ?? '';
  const host = /^https?:\/\/([^/]+)/i.exec(href)?.[1]?.toLowerCase() ?? '';
  const squashed = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return squashed.length > 2 && host.split('.').some((label) => label === squashed);
}

/** The part of `<title>` that is not the job title ("Analytics Engineer – Vercel" → "Vercel"). */
function companyFromTitle(doc: Document, title: string | null): string | null {
  const pageTitle = documentTitle(doc) ?? metaContent(doc, 'og:title');
  if (!pageTitle) return null;
  const parts = pageTitle.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
  const rest = parts.filter((p) => !title || norm(p) !== norm(title)).filter((p) => !GENERIC_WORDS.test(p));
  // "Offre d'emploi — Garage Rossy SA · Volkswagen · Léchelles": the part after the page's name.
  const afterPageName = parts.findIndex((p) => namesThePage(p));
  // When the title is in the tag, what is left is the company; otherwise guess the last part.
  const pick = afterPageName >= 0 && parts[afterPageName + 1] && rest.length === parts.length ? parts[afterPageName + 1]
    : rest.length < parts.length ? rest[rest.length - 1] : parts[parts.length - 1];
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

/** A company site's location: an element named for it, else the place line beside the heading. */
export function siteLocation(doc: Document): string | null {
  return locationFromPage(doc) ?? locationBesideTitle(doc, headingElement(doc));
}

/** "© 2025 Presidio, Inc." in the footer: the last say on who runs the site (corpus ultipro-d1). */
export function companyFromFooter(doc: Document): string | null {
  const footer = doc.querySelector('footer, [role="contentinfo"], #footer, .footer') ?? doc.body;
  const m = /(?:©|&copy;|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([\p{Lu}][^.,|©\n]{1,60}?)(?:,?\s+(?:inc|ltd|llc|gmbh|ag|s\.?a|b\.?v)\.?)?(?:[.,|]|\s+all rights|$)/iu.exec(footer?.textContent ?? '');
  return m ? clean(m[1]) : null;
}
