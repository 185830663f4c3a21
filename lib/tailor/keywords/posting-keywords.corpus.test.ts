/**
 * Every posting of the shared corpus (jobs/ and jobs-2/, as their manifests list them), captured
 * and analysed as the extension does: the hiring company (as the manifest names it, read from
 * the page by a person) is never a keyword, and no keyword comes from a line or sentence about benefits. The
 * benefit vocabulary here is the test's own, independent of the analysis' section rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPath } from '../../../tests/fixtures/corpus-root.ts';
import { readManifestPages } from '../../../tests/fixtures/jobs/manifest-pages.ts';
import { extractJob } from '../../jobs/index.ts';
import { parsePage } from '../../jobs/node-dom.ts';
import { analysePostingText, loadKeywordData } from './keyword-data.ts';

const BENEFIT = /(?<![\p{L}\p{N}])(401\(?k\)?|paid time off|pto|parental leave|health insurance|medical insurance|dental|vision insurance|pension|vacation|holidays?|urlaub\p{L}*|gleitzeit|stock options|gym|wellness|free lunch|jobrad|meals?|snacks|relocation package|allowance|perks|salary|weiterbildung\p{L}*|vakantiedagen|mutuelle|congés payés|tickets? restaurant|membership|team events)(?![\p{L}\p{N}])/iu;
// Words company names share with everything ("Medical Technology GmbH", "Computer Futures"), and
// the trade a name states ("Fidus Verzekeringen" sells insurance: "insurance" is the job's field).
const GENERIC = /^(gmbh|inc|ltd|llc|ag|co|kg|se|sa|bv|nv|plc|the|of|and|und|group|software|technology|medical|core|europe|computer|futures|interactive|recruitment|global|canada|tenant|head|office|llc|verzekeringen|versicherung|insurance|bank|\+)$/i;

const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

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
      const text = job.description;
      const { keywords } = await analysePostingText({ title: job.title, description: text, company: job.company, location: job.location });
      const companyWords = fold((page.expected.company ?? '').replace(/\(.*\)/, '')).split(' ').filter((w) => w.length > 2 && !GENERIC.test(w));
      for (const k of keywords) {
        const words = fold(`${k.term} ${k.surfaces.join(' ')}`).split(' ');
        expect(companyWords.filter((w) => words.includes(w)), `${k.term} names the company`).toEqual([]);
        for (const o of k.occurrences) {
          // The sentence around it (some boards give the whole ad as one line).
          const before = text.slice(0, o.start).search(/[^\n.!?;]*$/);
          const after = text.slice(o.end).search(/\n|[.!?;](\s|$)/);
          const line = text.slice(before, after < 0 ? undefined : o.end + after);
          expect(BENEFIT.test(line), `${k.term} from a benefit line: ${line.slice(0, 120)}`).toBe(false);
        }
      }
    }, 30_000);
  }
});
