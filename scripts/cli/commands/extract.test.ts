/** Runs the real `bespoke extract` command in a child process, as a user would. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';
import { corpusJobsDir } from '../../../tests/fixtures/jobs/corpus.ts';

describe('bespoke extract', () => {
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

  it('refuses bad input with a reason and usage errors with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-extract-'));
    const binary = join(dir, 'page.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const refused = await bespoke('extract', binary);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/binary, not an HTML page/);
    expect((await bespoke('extract', join(dir, 'missing.html'))).stderr).toMatch(/cannot read .*ENOENT/);
    const usage = await bespoke('extract');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing PAGE\.html/);
    expect((await bespoke('extract', binary, '--url', 'ftp://x')).code).toBe(2);
  });
});
