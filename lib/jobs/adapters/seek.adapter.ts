/**
 * SEEK (and its Asian sites JobStreet and Jobsdb, same markup): job view and search with
 * the job pane open. SEEK marks fields with `data-automation` attributes.
 * Test URLs:
 *   https://www.seek.com.au/job/93856863
 *   https://www.seek.com.au/platform-engineer-jobs/in-All-Melbourne-VIC?jobId=93856863
 */
import { firstMatch, textOf } from '../dom.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

const HOSTS = ['seek.com.au', 'seek.co.nz', 'seek.com', 'jobstreet.com', 'jobsdb.com'];
const field = (name: string): string => `[data-automation="${name}"]`;

export const seekAdapter: JobAdapter = {
  id: 'seek',
  matchPatterns: HOSTS.map((h) => `https://*.${h}/*`),
  matches: (url) => HOSTS.some((h) => hostIs(url.hostname, h)),
  sniff: (doc) => doc.querySelector(`${field('jobAdDetails')}, ${field('job-detail-title')}`) !== null,
  jobKey: (url) => {
    const id = url.searchParams.get('jobId') ?? url.pathname.match(/\/job\/(\d+)/)?.[1];
    return id ? `seek:${id}` : null;
  },
  extract(doc) {
    return {
      title: textOf(doc, [field('job-detail-title'), field('job-title')]),
      company: textOf(doc, [field('advertiser-name')]),
      location: textOf(doc, [field('job-detail-location')]),
      descriptionElement: firstMatch(doc, [field('jobAdDetails')]),
      employmentType: textOf(doc, [field('job-detail-work-type')]),
      salary: textOf(doc, [field('job-detail-salary')]),
    };
  },
};
