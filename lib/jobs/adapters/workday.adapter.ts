/**
 * Workday career sites (`*.myworkdayjobs.com`). The server sends an empty SPA shell plus
 * JSON-LD (corpus workday-1); the rendered page marks fields with `data-automation-id`.
 * Test URLs:
 *   https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Montreal-QC-CAN/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528
 *   https://acme.wd5.myworkdayjobs.com/en-US/careers/details/Data-Engineer_R-10234?q=data
 */
import { firstMatch, metaContent, textOf } from '../dom.ts';
import { inlineText } from '../html-text.ts';
import { hostIs, type JobAdapter } from './adapter.ts';

const HOSTS = ['myworkdayjobs.com', 'myworkdaysite.com'];
const auto = (id: string): string => `[data-automation-id="${id}"]`;

export const workdayAdapter: JobAdapter = {
  id: 'workday',
  matchPatterns: HOSTS.map((h) => `https://*.${h}/*`),
  matches: (url) => HOSTS.some((h) => hostIs(url.hostname, h)),
  sniff: (doc) => doc.querySelector(`${auto('jobPostingHeader')}, ${auto('jobPostingDescription')}`) !== null,
  jobKey: (url) => {
    // Job paths end in "<slug>_<requisition id>"; the search view keeps it after /details/ or /job/.
    const m = url.pathname.match(/\/(?:job|details)\/(?:[^/]+\/)*[^/]*_([A-Za-z0-9-]+)\/?$/);
    return m ? `workday:${url.hostname.split('.')[0]}:${m[1]}` : null;
  },
  extract(doc) {
    const locations = Array.from(doc.querySelectorAll(`${auto('locations')} dd`))
      .map((dd) => inlineText(dd))
      .filter((t): t is string => !!t);
    return {
      // The shell's <title> is empty; og:title carries the job title until the app renders.
      title: textOf(doc, [auto('jobPostingHeader')]) ?? metaContent(doc, 'og:title'),
      company: null,
      location: locations.length ? locations.join(' · ') : null,
      descriptionElement: firstMatch(doc, [auto('jobPostingDescription')]),
      employmentType: textOf(doc, [`${auto('time')} dd`]),
    };
  },
};
