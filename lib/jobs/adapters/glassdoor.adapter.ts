/**
 * Glassdoor: job listing pages and the search page's job pane. Class names carry build hashes
 * (`JobDetails_jobDescription__uW_fK`), so we match on their stable prefixes and `data-test`.
 * Test URLs:
 *   https://www.glassdoor.com/job-listing/senior-data-engineer-northwind-JV_IC1147401_KO0,20_KE21,30.htm?jl=1009412345678
 *   https://www.glassdoor.co.uk/Job/london-data-engineer-jobs-SRCH_IL.0,6_IC2671300_KO7,20.htm?jl=1009412345678
 */
import { firstMatch, textOf } from '../dom.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

const HOSTS = ['glassdoor.com', 'glassdoor.co.uk', 'glassdoor.ca', 'glassdoor.com.au', 'glassdoor.de', 'glassdoor.fr', 'glassdoor.co.in', 'glassdoor.ie'];
const PATHS = ['/job-listing/*', '/Job/*', '/partner/*'];

export const glassdoorAdapter: JobAdapter = {
  id: 'glassdoor',
  matchPatterns: HOSTS.flatMap((h) => PATHS.map((p) => `https://*.${h}${p}`)),
  matches: (url) => HOSTS.some((h) => hostIs(url.hostname, h)) && /^\/(job-listing|Job|partner)\//.test(url.pathname),
  sniff: (doc) => doc.querySelector('[data-test="job-details-header"], [class*="JobDetails_jobDescription"]') !== null,
  jobKey: (url) => {
    const jl = url.searchParams.get('jl') ?? url.searchParams.get('jobListingId');
    return jl ? `glassdoor:${jl}` : null;
  },
  extract(doc) {
    const scope = firstMatch(doc, ['[class*="JobDetails_jobDetailsContainer"]', '[data-test="job-details"]']) ?? doc;
    const company = textOf(scope, [
      '[data-test="employer-name"]',
      '[class*="EmployerProfile_employerNameHeading"] h4',
      '[class*="EmployerProfile_employerName"]',
    ]);
    return {
      title: textOf(scope, ['[data-test="job-title"]', 'h1[id^="jd-job-title"]', '[class*="JobDetails_jobTitle"]']),
      // The employer line ends with the star rating ("Northwind Analytics 4.2 ★").
      company: company?.replace(/\s*\d(\.\d)?\s*★?$/, '') ?? null,
      location: textOf(scope, ['[data-test="location"]', '[class*="JobDetails_location"]']),
      salary: textOf(scope, ['[data-test="detailSalary"]', '[class*="SalaryEstimate_salaryRange"]']),
      descriptionElement: firstMatch(scope, ['[class*="JobDetails_jobDescription"]', '#JobDescriptionContainer', '.jobDescriptionContent']),
    };
  },
};
