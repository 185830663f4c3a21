/**
 * Indeed job view (`/viewjob?jk=`) and the search page's job pane (`/jobs?…&vjk=`).
 * Test URLs:
 *   https://au.indeed.com/viewjob?jk=54f1f8af68d722d2
 *   https://www.indeed.com/jobs?q=devops&l=Remote&vjk=0123456789abcdef
 */
import { documentTitle, firstMatch, textOf } from '../dom.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

const PATHS = /^\/(viewjob|jobs|q-|m\/|rc\/clk|pagead\/clk|cmp\/[^/]+\/jobs)/;

/**
 * "VP, Cloud Product Engineering - remote opportunity - Remote - Indeed.com": Indeed's page title
 * ends with the location when the header has no location line (remote jobs).
 */
function locationFromTitle(pageTitle: string | null, title: string | null): string | null {
  if (!pageTitle || !title || !pageTitle.startsWith(title)) return null;
  const m = /^\s+-\s+(.+?)\s+-\s+Indeed(\.[a-z.]+)?$/i.exec(pageTitle.slice(title.length));
  return m ? m[1] : null;
}

export const indeedAdapter: JobAdapter = {
  id: 'indeed',
  matchPatterns: [
    'https://*.indeed.com/viewjob*',
    'https://*.indeed.com/jobs*',
    'https://*.indeed.com/q-*',
    'https://*.indeed.com/m/*',
    'https://*.indeed.com/cmp/*',
  ],
  matches: (url) => hostIs(url.hostname, 'indeed.com') && PATHS.test(url.pathname),
  sniff: (doc) => doc.querySelector('#jobDescriptionText, [data-testid="jobsearch-JobInfoHeader-title"]') !== null,
  jobKey: (url) => {
    const jk = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
    return jk ? `indeed:${jk}` : null;
  },
  extract(doc) {
    const scope = firstMatch(doc, ['.jobsearch-ViewJobLayout--embedded', '#jobsearch-ViewjobPaneWrapper', '.jobsearch-JobComponent']) ?? doc;
    const title = textOf(scope, [
      '[data-testid="jobsearch-JobInfoHeader-title"]',
      // The "simplified header" of the search page's right pane (2024–25).
      '[data-testid="simpler-jobTitle"]',
      '.jobsearch-JobInfoHeader-title',
      'h1',
    ]);
    return {
      // The pane's heading carries a visually hidden "- job post" suffix for screen readers.
      title: title?.replace(/\s*-\s*job post$/i, '') ?? null,
      company: textOf(scope, [
        '[data-testid="inlineHeader-companyName"] a',
        '[data-testid="inlineHeader-companyName"]',
        '[data-company-name="true"]',
        '.jobsearch-JobInfoHeader-companyNameSimple',
      ]),
      location: textOf(scope, [
        '[data-testid="inlineHeader-companyLocation"] > div',
        '[data-testid="inlineHeader-companyLocation"]',
        '[data-testid="job-location"]',
        '#jobLocationText',
        // The older embedded pane: the line after the company and its rating.
        '.jobsearch-JobInfoHeader-subtitle > div:not([class*="CompanyRating"]) > div',
      ]) ?? locationFromTitle(documentTitle(doc), title),
      descriptionElement: firstMatch(scope, ['#jobDescriptionText', '.jobsearch-jobDescriptionText']),
      salary: textOf(scope, ['#salaryInfoAndJobType > span:first-child', '[data-testid="jobsearch-OtherJobDetailsContainer"] #salaryInfoAndJobType span']),
    };
  },
};
