/**
 * Wellfound (formerly AngelList Talent) job pages: a Next.js app with hashed CSS-module class
 * names, so fields are found by their stable prefixes (`styles_description__…`) and links.
 * Test URLs:
 *   https://wellfound.com/jobs/3123456-founding-backend-engineer
 *   https://wellfound.com/company/northwind-analytics/jobs/3123456-founding-backend-engineer
 */
import { firstMatch, textOf } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

export const wellfoundAdapter: JobAdapter = {
  id: 'wellfound',
  matchPatterns: ['https://wellfound.com/jobs*', 'https://wellfound.com/company/*/jobs/*'],
  matches: (url) => hostIs(url.hostname, 'wellfound.com') && /^\/(jobs|company\/[^/]+\/jobs)(\/|$)/.test(url.pathname),
  jobKey: (url) => {
    const id = url.pathname.match(/\/jobs\/(\d+)/)?.[1];
    return id ? `wellfound:${id}` : null;
  },
  extract(doc) {
    const scope = firstMatch(doc, ['[class*="styles_jobListing"]', 'main']) ?? doc;
    const company = Array.from(scope.querySelectorAll('a[href^="/company/"], a[href^="https://wellfound.com/company/"]'))
      .map((a) => inlineText(a))
      .find((t) => !!t && !/^(view|see|all) /i.test(t));
    return {
      title: textOf(scope, ['h1', '[class*="styles_title"]']),
      company: company ?? null,
      location: textOf(scope, ['[class*="styles_location"]', '[data-test="JobLocation"]']),
      descriptionElement: firstMatch(scope, ['[class*="styles_description"]', '#job-description']),
    };
  },
};
