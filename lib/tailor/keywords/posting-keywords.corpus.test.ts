/**
 * Every posting of the shared corpus (jobs/ and jobs-2/, as their manifests list them), captured
 * and analysed as the extension does: the rules of tests/fixtures/jobs/keyword-rules.ts hold (never
 * the hiring company as a person read it from the page, never a keyword from a benefit line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPath } from '../../../tests/fixtures/corpus-root.ts';
import { readManifestPages } from '../../../tests/fixtures/jobs/manifest-pages.ts';
import { extractJob } from '../../jobs/index.ts';
import { parsePage } from '../../jobs/node-dom.ts';
import { keywordRuleBreaks } from '../../../tests/fixtures/jobs/keyword-rules.ts';
import { analysePostingText, loadKeywordData } from './keyword-data.ts';

const pages = ['jobs', 'jobs-2'].flatMap((dir) => readManifestPages(corpusPath(dir)));

beforeAll(async () => {
  for (const lang of ['en', 'de', 'fr', 'nl'] as const) await loadKeywordData(lang);
}, 60_000);

describe('corpus postings: keywords', () => {
  it('has the pages', () => expect(pages.length).toBeGreaterThanOrEqual(30));

  for (const page of pages) {
    it(`${page.file}: never the company, never a benefit line`, async () => {
      const job = extractJob(parsePage(readFileSync(join(page.dir, page.file), 'utf8')), page.url);
      if (!job.description) return; // a placeholder page (careers-topjobs-1): nothing to analyse
      const { keywords } = await analysePostingText({ title: job.title, description: job.description, company: job.company, location: job.location });
      expect(keywordRuleBreaks(keywords, job.description, page.expected.company)).toEqual([]);
    }, 30_000);
  }
});
