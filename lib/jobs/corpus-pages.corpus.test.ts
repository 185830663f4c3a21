/**
 * Every page of the shared corpus extracts the values its MANIFEST.tsv lists, in both Node DOMs.
 * Some manifest cells carry notes in parentheses; the decisions taken for them are listed in
 * EXPECTED_OVERRIDES with the reason.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractJob } from './index.ts';
import { corpusJobsDir, readManifest } from '../../tests/fixtures/jobs/corpus.ts';
import { loadPage, type DomKind } from '../../tests/fixtures/jobs/load-page.ts';
import { firstWords } from '../../tests/fixtures/jobs/first-words.ts';
import { readManifestPages } from '../../tests/fixtures/jobs/manifest-pages.ts';

const dir = corpusJobsDir();
const rows = readManifest(dir);

// URL and board from the manifest (its url column, else the page's canonical address or the
// board URL shape the page was saved from; its board column's first word).
const byFile = new Map(readManifestPages(dir).map((p) => [p.file, p]));
const PAGE_URLS: Record<string, string> = Object.fromEntries([...byFile].map(([f, p]) => [f, p.url]));
const BOARDS: Record<string, string> = Object.fromEntries([...byFile].map(([f, p]) => [f, p.board]));

/**
 * Manifest cells that mix the value with a note:
 * - workday-1 company "Autodesk Canada Co. (tenant autodesk)": the company is the legal name the
 *   posting gives; the tenant slug is a note.
 * - workday-1 location: the page's own line; country and slug are notes (the line contains "Canada").
 * - careers-topjobs-1 location "Kalubowila, Sri Lanka (JSON-LD: …)": the visible line wins.
 * - careers-topjobs-1 description: none; the JSON-LD text is a placeholder, reported as such.
 * - linkedin-4 company "Estma LTD Tallinn, Head office": kept whole — it is what LinkedIn shows,
 *   and splitting "Tallinn, Head office" off would be a guess.
 * - linkedin-5 location keeps "(On-site, Full-time)": the card's chips, as the manifest lists.
 */
const EXPECTED_OVERRIDES: Record<string, Partial<Record<'company' | 'location' | 'description', string | null>>> = {
  'workday-1.html': { company: 'Autodesk Canada Co.', location: 'AMER - Canada - Quebec - Montreal - 10 Rue Duke' },
  'careers-topjobs-1.html': { location: 'Kalubowila, Sri Lanka', description: null },
};

describe('corpus manifest', () => {
  it('lists every saved page in the corpus', () => {
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    expect(rows.map((r) => r.file).sort()).toEqual(pages);
    expect(pages.every((p) => PAGE_URLS[p])).toBe(true);
  });
});

for (const kind of ['linkedom', 'jsdom'] as DomKind[]) {
  describe(`corpus pages (${kind})`, () => {
    for (const row of rows) {
      it(`${row.file}: ${row.expected_title}`, () => {
        const job = extractJob(loadPage(join(dir, row.file), kind), PAGE_URLS[row.file]);
        const expected = { company: row.expected_company, location: row.expected_location, ...EXPECTED_OVERRIDES[row.file] };
        expect(job.board).toBe(BOARDS[row.file]);
        expect(job.title).toBe(row.expected_title.trim());
        expect(job.company).toBe(expected.company);
        expect(job.location).toBe(expected.location);
        const wantDescription = 'description' in expected ? expected.description : row.description_first_15_words;
        if (wantDescription === null) {
          expect(job.description).toBeNull();
          expect(job.descriptionProblem).toBe('placeholder');
        } else {
          const want = firstWords(wantDescription ?? '', 15);
          expect(firstWords(job.description ?? '', want.length)).toEqual(want);
          expect(job.descriptionProblem).toBeNull();
        }
      });
    }
  });
}
