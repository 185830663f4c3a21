/**
 * Lever hosted job pages. The description is split into sections (intro, lists, closing,
 * salary), read together; the "Apply for this job" bar between them is left out.
 * Test URLs:
 *   https://jobs.lever.co/northwind/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21
 *   https://jobs.eu.lever.co/northwind/5f0c2a9e-3b1d-4c7a-9e2f-8d1b6a4c3e21/apply
 */
import { documentTitle, textOf } from '../dom.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

const HOSTS = ['jobs.lever.co', 'jobs.eu.lever.co'];

/** "Northwind - Senior Backend Engineer" → "Northwind" (Lever's <title> is "Company - Title"). */
function companyFromTitleTag(doc: Document, title: string | null): string | null {
  const t = documentTitle(doc);
  if (!t || !title) return null;
  const suffix = ` - ${title}`;
  return t.endsWith(suffix) ? t.slice(0, -suffix.length).trim() || null : null;
}

export const leverAdapter: JobAdapter = {
  id: 'lever',
  matchPatterns: HOSTS.map((h) => `https://${h}/*`),
  matches: (url) => HOSTS.some((h) => hostIs(url.hostname, h)),
  sniff: (doc) => doc.querySelector('.posting-headline, [data-qa="job-description"]') !== null,
  jobKey: (url) => {
    const id = url.pathname.match(/\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i)?.[1];
    return id ? `lever:${id.toLowerCase()}` : null;
  },
  extract(doc) {
    const title = textOf(doc, ['.posting-headline h2', '.posting-header h2']);
    const place = textOf(doc, ['.posting-categories .location', '.posting-category.location']);
    const workplace = textOf(doc, ['.posting-categories .workplaceTypes'])?.replace(/[\s–-]+$/, '');
    const logoAlt = doc.querySelector('.main-header-logo img')?.getAttribute('alt')?.replace(/\s+logo$/i, '').trim();
    const parts = Array.from(doc.querySelectorAll('.posting-page .section.page-centered, .content .section.page-centered')).filter(
      (s) => !s.closest('.posting-header') && !s.querySelector('.postings-btn, form') && (s.textContent ?? '').trim() !== '',
    );
    return {
      title,
      company: companyFromTitleTag(doc, title) ?? (logoAlt || null),
      location: place && workplace && !place.includes(workplace) ? `${place} (${workplace})` : place,
      employmentType: textOf(doc, ['.posting-categories .commitment'])?.replace(/[\s/–-]+$/, '') ?? null,
      descriptionParts: parts,
    };
  },
};
