/** extractJob's rules on saved pages of the external corpus. */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractJob } from './index.ts';
import { indeedAdapter } from './adapters/indeed.adapter.ts';
import { corpusJobsDir } from '../../tests/fixtures/jobs/corpus.ts';
import { loadPage } from '../../tests/fixtures/jobs/load-page.ts';

const INDEED = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractJob on corpus pages', () => {
  it('survives a throwing adapter: the failure is a warning and JSON-LD still supplies the posting', () => {
    vi.spyOn(indeedAdapter, 'extract').mockImplementation(() => {
      throw new Error('selector exploded');
    });
    const job = extractJob(loadPage(join(corpusJobsDir(), 'indeed-1.html')), INDEED);
    expect(job.warnings).toContain('The indeed adapter failed: selector exploded');
    expect(job).toMatchObject({ board: 'indeed', source: 'jsonld', title: 'Senior DevOps Engineer', company: 'PaperCut Software' });
    // Without the adapter's visible location line, the JSON-LD address is used.
    expect(job.location).toBe('Camberwell, VIC, Australia');
    expect(job.description).toMatch(/^Company Description\n\nAt PaperCut/);
  });

  it('reports a placeholder description and keeps the other JSON-LD fields (corpus careers-topjobs-1)', () => {
    const job = extractJob(loadPage(join(corpusJobsDir(), 'careers-topjobs-1.html')), 'https://www.topjobs.lk/x');
    expect(job).toMatchObject({ title: 'Accounts Executive', description: null, descriptionHtml: null, descriptionProblem: 'placeholder' });
    expect(job.datePosted).toBe('2026-06-26');
  });

  it('does not modify the page it reads', () => {
    const doc = loadPage(join(corpusJobsDir(), 'careers-vercel-1.html'));
    const before = doc.documentElement.outerHTML;
    expect(extractJob(doc, 'https://vercel.com/careers/analytics-engineer-amer-4486497004').source).toBe('readability');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
