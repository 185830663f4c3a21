/**
 * SmartRecruiters job pages. They use schema.org microdata (`itemprop`) rather than JSON-LD,
 * and a `<spl-job-location>` web component whose attribute carries the formatted address.
 * Test URLs:
 *   https://jobs.smartrecruiters.com/NorthwindAnalytics/744000061234567-data-platform-engineer
 *   https://careers.smartrecruiters.com/NorthwindAnalytics/744000061234567
 */
import { clean, firstMatch, textOf } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

const HOSTS = ['jobs.smartrecruiters.com', 'careers.smartrecruiters.com'];

function itemprop(scope: ParentNode, name: string): string | null {
  const el = scope.querySelector(`[itemprop="${name}"]`);
  return el ? clean(el.getAttribute('content')) ?? inlineText(el) : null;
}

export const smartrecruitersAdapter: JobAdapter = {
  id: 'smartrecruiters',
  matchPatterns: HOSTS.map((h) => `https://${h}/*`),
  matches: (url) => HOSTS.some((h) => hostIs(url.hostname, h)),
  sniff: (doc) => doc.querySelector('spl-job-location, #st-jobDescription') !== null,
  jobKey: (url) => {
    const id = url.pathname.match(/\/(\d{9,})/)?.[1];
    return id ? `smartrecruiters:${id}` : null;
  },
  extract(doc) {
    const org = doc.querySelector('[itemprop="hiringOrganization"]');
    const loc = doc.querySelector('spl-job-location');
    return {
      title: textOf(doc, ['h1.job-title', '[itemprop="title"]']),
      company: org ? itemprop(org, 'name') : null,
      location: clean(loc?.getAttribute('formattedaddress')) ?? textOf(doc, ['[itemprop="jobLocation"]']),
      employmentType: itemprop(doc, 'employmentType'),
      descriptionElement: firstMatch(doc, ['[itemprop="description"]', '.job-sections']),
    };
  },
};
