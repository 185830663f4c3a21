/**
 * Any other careers page (a company's own site), read on demand when the user clicks the
 * toolbar button. Only the header fields come from here; the description comes from
 * Readability on the main content, which is better at telling an ad from page furniture.
 * Test URLs:
 *   https://vercel.com/careers/analytics-engineer-amer-4486497004
 */
import type { JobAdapter } from './adapter.ts';
import { postingFromScripts } from '../script-object.ts';
import { companyFromSite, headingTitle, siteLocation } from './generic-fields.ts';

export const genericAdapter: JobAdapter = {
  id: 'generic',
  matchPatterns: [],
  matches: () => true,
  extract(doc) {
    const title = headingTitle(doc);
    // Headings left empty for scripts to fill mean the posting lives in a script object.
    const scripted = title ? null : postingFromScripts(doc);
    if (scripted?.title) return { ...scripted, company: companyFromSite(doc, scripted.title) };
    return { title, company: companyFromSite(doc, title), location: siteLocation(doc) };
  },
};
