/**
 * LinkedIn: public job view, public search with the job pane open, signed-in job view and
 * signed-in search (`currentJobId`), in both the classic markup and the hashed-class SDUI one.
 * Test URLs:
 *   https://au.linkedin.com/jobs/view/senior-software-engineer-at-heidi-4411867124
 *   https://ee.linkedin.com/jobs/jobs-in-tallinn?currentJobId=3595879184
 *   https://www.linkedin.com/jobs/view/4374244548/
 *   https://www.linkedin.com/jobs/search/?currentJobId=3912345678&keywords=data
 */
import { hostIs, type JobAdapter } from './adapter.ts';
import { extractLinkedInGuest } from './linkedin-guest.ts';
import { extractLinkedInClassic, isLinkedInClassic } from './linkedin-classic.ts';
import { extractLinkedInSdui, isLinkedInSdui } from './linkedin-sdui.ts';

const GUEST_MARKER = '.top-card-layout__title, .topcard__title';
const SDUI_MARKER = '[componentkey^="JobDetails_AboutTheJob"], [data-sdui-screen*="JobDetails"]';
const CLASSIC_MARKER =
  '.job-details-jobs-unified-top-card__job-title, .jobs-unified-top-card__job-title, .jobs-search__job-details--container';

/** The job id a LinkedIn URL points at: `currentJobId`, else the number ending /jobs/view/<slug-id>. */
function linkedInJobId(url: URL): string | null {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d+$/.test(current)) return current;
  const m = url.pathname.match(/\/jobs\/view\/(?:[^/]*?-)?(\d{6,})\/?/);
  return m ? m[1] : null;
}

export const linkedinAdapter: JobAdapter = {
  id: 'linkedin',
  matchPatterns: ['https://*.linkedin.com/jobs/*', 'https://*.linkedin.com/comm/jobs/*'],
  matches: (url) => hostIs(url.hostname, 'linkedin.com') && /^\/(comm\/)?jobs(\/|$)/.test(url.pathname),
  sniff: (doc) =>
    doc.querySelector('meta[name="pageKey"][content^="d_jobs"]') !== null || isLinkedInSdui(doc) || isLinkedInClassic(doc),
  jobKey: (url) => {
    const id = linkedInJobId(url);
    return id ? `linkedin:${id}` : null;
  },
  extract(doc, url) {
    const jobId = url ? linkedInJobId(url) : null;
    // Guest pages say so in <head> (pageKey d_jobs_guest_*): no need to walk a 1 MB body.
    const pageKey = doc.head?.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? '';
    if (pageKey.startsWith('d_jobs_guest')) return extractLinkedInGuest(doc);
    // Otherwise one scan finds whichever markup generation this page uses.
    const marker = doc.querySelector(`${GUEST_MARKER}, ${SDUI_MARKER}, ${CLASSIC_MARKER}`);
    if (marker?.matches(GUEST_MARKER)) return extractLinkedInGuest(doc);
    if (marker?.matches(SDUI_MARKER)) return extractLinkedInSdui(doc, jobId);
    if (marker) return extractLinkedInClassic(doc);
    return { warnings: ['This LinkedIn page shows no job details (open a job first).'] };
  },
};
