/** Runs the real `bespoke extract` on pages of the external corpus. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';
import { corpusJobsDir } from '../../../tests/fixtures/jobs/corpus.ts';

describe('bespoke extract on corpus pages', () => {
  it('prints the posting of a corpus page as JSON, inferring the URL from the page', async () => {
    const { code, stdout } = await bespoke('extract', join(corpusJobsDir(), 'indeed-1.html'));
    expect(code).toBe(0);
    const job = JSON.parse(stdout);
    expect(job).toMatchObject({
      url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
      board: 'indeed',
      source: 'jsonld',
      title: 'Senior DevOps Engineer',
      company: 'PaperCut Software',
      location: 'Camberwell VIC 3124',
    });
    expect(job.description).toMatch(/^Company Description\n\nAt PaperCut, we believe two things/);
    expect(job.jsonLd).toBeUndefined();
  });

  it('uses --url for board detection when the page names none (corpus linkedin-5)', async () => {
    const page = join(corpusJobsDir(), 'linkedin-5.html');
    const { stdout } = await bespoke('extract', page, '--url', 'https://www.linkedin.com/jobs/view/4374244548/', '--dom', 'linkedom');
    expect(JSON.parse(stdout)).toMatchObject({ board: 'linkedin', title: 'Graduate Data Engineer', company: 'Flow Traders' });
  });
});
