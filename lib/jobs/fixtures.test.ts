/**
 * Pages written for this repo, for boards the shared corpus lacks (Glassdoor, Greenhouse board
 * and company-site embeds, Lever, Ashby, SmartRecruiters, Wellfound, signed-in LinkedIn search
 * with `currentJobId`, a careers page without JSON-LD). Each mirrors the board's current markup
 * and structured-data habits; see tests/fixtures/jobs/README.md.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJob } from './index.ts';
import { OWN_FIXTURES_DIR } from '../../tests/fixtures/jobs/corpus.ts';
import { FIXTURE_URLS } from '../../tests/fixtures/jobs/fixture-urls.ts';
import { loadPage, type DomKind } from '../../tests/fixtures/jobs/load-page.ts';
import type { ExtractedJob } from './types.ts';

type Expect = Pick<ExtractedJob, 'board' | 'source' | 'title' | 'company' | 'location'> & {
  starts: string | null;
  ends?: string;
  extra?: Partial<ExtractedJob>;
};

const EXPECTED: Record<string, Expect> = {
  'glassdoor-1.html': {
    board: 'glassdoor', source: 'jsonld', title: 'Senior Data Engineer', company: 'Northwind Analytics', location: 'Austin, TX',
    starts: 'About Northwind\n\nNorthwind Analytics helps regional hospitals',
    ends: '• Experience with HIPAA or similar regulated data',
    extra: { salary: 'USD 145,000–185,000 a year', employmentType: 'full-time', datePosted: '2026-10-28' },
  },
  'greenhouse-board-1.html': {
    board: 'greenhouse', source: 'adapter:greenhouse', title: 'Staff Site Reliability Engineer', company: 'Larkspur Health',
    location: 'Remote - Canada', starts: 'About Larkspur\n\nLarkspur Health builds',
    ends: '• Experience running Postgres at scale\n\nThe salary range for this role is CAD 175,000 – 210,000, plus equity.',
  },
  'greenhouse-gh-jid-1.html': {
    board: 'greenhouse', source: 'readability', title: 'Embedded Firmware Engineer', company: 'Tidewater Robotics',
    location: 'Halifax, Nova Scotia (Hybrid)', starts: 'About the role\n\nOur hull-cleaning robots',
    ends: 'We sponsor work permits.',
  },
  'greenhouse-embedded-1.html': {
    board: 'greenhouse', source: 'none', title: null, company: 'Tidewater Robotics', location: null, starts: null,
    extra: { descriptionProblem: 'missing' },
  },
  'lever-1.html': {
    board: 'lever', source: 'adapter:lever', title: 'Senior Backend Engineer, Pricing', company: 'Brightline Freight',
    location: 'Chicago, IL (Hybrid)', starts: 'Brightline Freight moves 60,000 truckloads a month',
    ends: 'three days a week.', extra: { employmentType: 'Full-time' },
  },
  'ashby-1.html': {
    board: 'ashby', source: 'adapter:ashby', title: 'Product Designer, Growth', company: 'Quillmate', location: 'Berlin',
    starts: 'About Quillmate\n\nQuillmate is a writing assistant for legal teams. More than 400 law firms',
    ends: '• You can show experiments you designed and what they taught you', extra: { employmentType: 'Full time' },
  },
  'smartrecruiters-1.html': {
    board: 'smartrecruiters', source: 'adapter:smartrecruiters', title: 'Data Platform Engineer', company: 'Vireo Energy',
    location: 'Lisbon, Lisboa, Portugal', starts: 'Company Description\n\nVireo Energy runs virtual power plants',
    ends: 'Cais do Sodré.',
  },
  'wellfound-1.html': {
    board: 'wellfound', source: 'jsonld', title: 'Founding Backend Engineer', company: 'Ferrous Labs',
    location: 'San Francisco • In office',
    starts: 'Ferrous Labs builds scheduling software for steel service centers & metal fabricators. We\'re a team of five',
    ends: '• Shipped and operated production systems yourself', extra: { salary: 'USD 160,000–200,000 a year' },
  },
  'linkedin-search-1.html': {
    board: 'linkedin', source: 'adapter:linkedin', title: 'Senior Backend Engineer, Payments Infrastructure', company: 'Orbisa',
    location: 'Berlin, Germany (On-site, Full-time)', starts: 'Who we are\n\nOrbisa runs the payment rails',
    ends: '• Fluent English; German is not required',
  },
  'careers-generic-1.html': {
    board: 'generic', source: 'readability', title: 'Senior Frontend Engineer', company: 'Fernhill Mapping',
    location: 'Bristol, UK or remote (UK)', starts: 'Fernhill Mapping turns drone and satellite imagery into maps',
    ends: 'We reply to every application within two weeks.',
  },
};

for (const kind of ['linkedom', 'jsdom'] as DomKind[]) {
  describe(`own board fixtures (${kind})`, () => {
    for (const [file, want] of Object.entries(EXPECTED)) {
      it(file, () => {
        const job = extractJob(loadPage(join(OWN_FIXTURES_DIR, file), kind), FIXTURE_URLS[file]);
        expect({ board: job.board, source: job.source, title: job.title, company: job.company, location: job.location }).toEqual({
          board: want.board, source: want.source, title: want.title, company: want.company, location: want.location,
        });
        if (want.starts === null) expect(job.description).toBeNull();
        else expect(job.description?.startsWith(want.starts), job.description ?? '').toBe(true);
        if (want.ends) expect(job.description?.endsWith(want.ends), job.description ?? '').toBe(true);
        // Page furniture never leaks into descriptions.
        expect(job.description ?? '').not.toMatch(/Apply for this job|Easy Apply|Show more|Privacy Policy|Submit application/);
        if (want.extra) expect(job).toMatchObject(want.extra);
      });
    }
  });
}
