import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { corpusPath } from '../fixtures/corpus-root';

export interface CorpusJob {
  file: string;
  title: string;
  company: string;
  location: string;
  descriptionStart: string;
}

/** Rows of the job corpus manifest (tab-separated, first line is the header). */
export function readJobManifest(): Map<string, CorpusJob> {
  const [header, ...rows] = readFileSync(corpusPath('jobs/MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = header.split('\t');
  const at = (row: string[], name: string) => (row[cols.indexOf(name)] ?? '').trim();
  const out = new Map<string, CorpusJob>();
  for (const line of rows) {
    const row = line.split('\t');
    out.set(at(row, 'file'), {
      file: at(row, 'file'),
      title: at(row, 'expected_title'),
      company: at(row, 'expected_company'),
      location: at(row, 'expected_location'),
      descriptionStart: at(row, 'description_first_15_words'),
    });
  }
  return out;
}

/**
 * Serves a saved corpus page at its real board URL, so the extension's real match patterns
 * apply. Every other request (the page's scripts, styles, images, trackers) is aborted: the
 * sandbox has no network, and the test must not depend on one.
 */
export async function serveCorpusPageAt(context: BrowserContext, file: string, url: string): Promise<void> {
  const html = readFileSync(corpusPath('jobs', file));
  // Only web requests: the extension's own pages load through the same context.
  await context.route((u) => u.protocol === 'http:' || u.protocol === 'https:', (route) => {
    const request = route.request();
    if (request.url() === url && request.resourceType() === 'document') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    return route.abort();
  });
}

/** Where each corpus page lives on the web (the board URL its content script matches). */
export const CORPUS_URLS: Record<string, string> = {
  'linkedin-1.html': 'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
  'linkedin-2.html': 'https://ee.linkedin.com/jobs/search?keywords=&location=Tallinn&currentJobId=3550000001',
  'linkedin-4.html': 'https://ee.linkedin.com/jobs/search?keywords=&location=Tallinn&currentJobId=3550000002',
  'linkedin-5.html': 'https://www.linkedin.com/jobs/view/4374244548/',
  'indeed-1.html': 'https://au.indeed.com/viewjob?jk=8f2c1b7e3a9d4c21',
  'seek-1.html': 'https://www.seek.com.au/job/93856863',
  'workday-1.html':
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
  'careers-vercel-1.html': 'https://vercel.com/careers/analytics-engineer-amer-4486497004',
  'careers-topjobs-1.html': 'https://www.topjobs.lk/employer/JobAdvertismentServlet?ac=DEFZZZ&jc=1517700',
};

/** Whitespace-folded text, for comparing what a person sees. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
