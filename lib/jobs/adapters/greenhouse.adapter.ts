/**
 * Greenhouse: hosted boards (job-boards.greenhouse.io, the older boards.greenhouse.io, EU
 * variants, and the `/embed/job_app` frame) and company sites that show a Greenhouse job by
 * `?gh_jid=`. On those sites the posting is often inside Greenhouse's cross-origin frame, which
 * the content script reads in the frame itself (the frame's URL matches the board patterns).
 * Test URLs:
 *   https://job-boards.greenhouse.io/northwind/jobs/7301234003
 *   https://boards.greenhouse.io/northwind/jobs/7301234003
 *   https://www.northwind.example/careers/open-roles?gh_jid=7301234003
 */
import { documentTitle, firstMatch, textOf } from '../dom.ts';
import { hostIs, type JobAdapter } from './adapter.ts';
import { companyFromSite, headingTitle, siteLocation } from './generic-fields.ts';
import type { FieldSet } from '../fields.ts';

const HOSTS = ['boards.greenhouse.io', 'job-boards.greenhouse.io', 'boards.eu.greenhouse.io', 'job-boards.eu.greenhouse.io'];
const EMBED_FRAME = 'iframe[src*="greenhouse.io/embed/job_app"], #grnhse_iframe';

/** "Job Application for Senior Engineer at Northwind" → "Northwind". */
function companyFromTitleTag(doc: Document): string | null {
  const m = (documentTitle(doc) ?? '').match(/^Job Application for .+? at (.+)$/);
  return m ? m[1].trim() : null;
}

function hostedBoard(doc: Document): FieldSet {
  const logoAlt = doc.querySelector('.logo img, img.logo, .company-logo img')?.getAttribute('alt')?.replace(/\s+logo$/i, '').trim();
  return {
    title: textOf(doc, ['.job__title h1', '.job__title', 'h1.app-title', '.app-title']),
    company: textOf(doc, ['.company-name'])?.replace(/^at\s+/i, '') ?? companyFromTitleTag(doc) ?? (logoAlt || null),
    location: textOf(doc, ['.job__location', '#header .location', '.location']),
    descriptionElement: firstMatch(doc, ['.job__description', '#content', '.job-post-content']),
  };
}

/** A company site showing a Greenhouse job: the header is the site's own; the description, if rendered, comes via Readability. */
function companySite(doc: Document): FieldSet {
  const title = headingTitle(doc);
  const warnings = doc.querySelector(EMBED_FRAME) && !title
    ? ['The posting is inside Greenhouse’s embedded frame; capture it from the frame (or paste the description).']
    : [];
  return { title, company: companyFromSite(doc, title), location: siteLocation(doc), warnings };
}

export const greenhouseAdapter: JobAdapter = {
  id: 'greenhouse',
  matchPatterns: HOSTS.map((h) => `https://${h}/*`),
  matches: (url) => HOSTS.some((h) => hostIs(url.hostname, h)) || url.searchParams.has('gh_jid'),
  sniff: (doc) => doc.querySelector(`#grnhse_app, ${EMBED_FRAME}, .job__description, #app_body .app-title`) !== null,
  jobKey: (url) => {
    const id = url.searchParams.get('gh_jid') ?? url.searchParams.get('token') ?? url.pathname.match(/\/jobs\/(\d+)/)?.[1];
    return id ? `greenhouse:${id}` : null;
  },
  extract(doc, url) {
    const onBoard = url ? HOSTS.some((h) => hostIs(url.hostname, h)) : doc.querySelector('.job__title, .app-title') !== null;
    return onBoard ? hostedBoard(doc) : companySite(doc);
  },
};
