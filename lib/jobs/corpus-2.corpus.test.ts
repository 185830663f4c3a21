/**
 * The shared corpus' jobs-2/ pages, each as its MANIFEST.tsv row says (URL and board from the
 * manifest; see tests/fixtures/jobs/capture-verdict.ts for what "right" means). Pages still
 * captured wrong are listed in KNOWN_WRONG with the reason, and run as expected failures: when
 * one is fixed, the test says so.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusPath } from '../../tests/fixtures/corpus-root.ts';
import { judge } from '../../tests/fixtures/jobs/capture-verdict.ts';
import { readManifestPages } from '../../tests/fixtures/jobs/manifest-pages.ts';
import type { DomKind } from './node-dom.ts';

const KNOWN_WRONG: Record<string, string> = {
  'vindazo-d1.html': 'JSON-LD title drops the "40" the visible h2 shows; its description starts with the garbled "Senbeschreibung"',
  'jobtensor-d1.html': 'company only as the board link "BOEING"; the board’s Tech Stack chips precede the ad text',
};

const pages = readManifestPages(corpusPath('jobs-2'));

describe('jobs-2 manifest', () => {
  it('has a page for every row and a board for every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
    expect(pages.every((p) => p.url.startsWith('http'))).toBe(true);
  });
});

for (const kind of ['linkedom', 'jsdom'] as DomKind[]) {
  describe(`jobs-2 pages (${kind})`, () => {
    for (const page of pages) {
      const run = () => {
        const verdict = judge(page, kind);
        expect(verdict.wrong).toEqual([]);
      };
      if (KNOWN_WRONG[page.file]) it.fails(`${page.file} (known wrong: ${KNOWN_WRONG[page.file]})`, run);
      else it(`${page.file}: ${page.expected.title}`, run);
    }
  });
}

it('reads its pages from the corpus folder', () => {
  expect(pages[0].dir).toBe(join(corpusPath('jobs-2')));
});
