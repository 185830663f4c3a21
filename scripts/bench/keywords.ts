/**
 * Keyword analysis speed after the data is loaded: every corpus posting (jobs/, jobs-2/)
 * captured, then analysed N times (language detection + sections + taxonomy matching);
 * median and worst per posting. In Node by default; `--browser` runs the same bundled code in
 * headless Chromium (Playwright), where the extension runs it.
 *
 *   npm run -s bench:keywords -- [--runs N] [--browser]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../browser/launch.ts';
import { extractJob } from '../../lib/jobs/index.ts';
import { parsePage } from '../../lib/jobs/node-dom.ts';
import { analyseWithTaxonomy, type PostingInput } from '../../lib/tailor/keywords/posting-analysis.ts';
import { detectLanguage, keywordTaxonomies, loadKeywordData } from '../../lib/tailor/keywords/keyword-data.ts';
import { corpusPath } from '../../tests/fixtures/corpus-root.ts';
import { readManifestPages } from '../../tests/fixtures/jobs/manifest-pages.ts';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 21;

function postings(): { file: string; input: PostingInput }[] {
  return ['jobs', 'jobs-2'].flatMap((d) => readManifestPages(corpusPath(d))).map((p) => {
    const job = extractJob(parsePage(readFileSync(join(p.dir, p.file), 'utf8')), p.url);
    return { file: p.file, input: { title: job.title, description: job.description ?? '', company: job.company, location: job.location } };
  }).filter((p) => p.input.description);
}

/** The code under test, timed per posting; runs in Node or, bundled, in the page. */
async function timeAll(list: { file: string; input: PostingInput }[], n: number): Promise<{ file: string; median: number; max: number; keywords: number }[]> {
  const out = [];
  for (const { file, input } of list) {
    const lang = detectLanguage(`${input.title ?? ''}\n${input.description}`);
    await loadKeywordData(lang);
    const times: number[] = [];
    let keywords = 0;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      const l = detectLanguage(`${input.title ?? ''}\n${input.description}`);
      keywords = analyseWithTaxonomy(keywordTaxonomies(l)!, input).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out.push({ file, median: times[Math.floor(n / 2)], max: times[n - 1], keywords });
  }
  return out;
}

async function inBrowser(list: { file: string; input: PostingInput }[]): Promise<{ file: string; median: number; max: number; keywords: number }[]> {
  const bundle = await build({
    stdin: {
      contents: `import { analyseWithTaxonomy } from '@/lib/tailor/keywords/posting-analysis';
import { detectLanguage, keywordTaxonomies, loadKeywordData } from '@/lib/tailor/keywords/keyword-data';
globalThis.__bench = { analyseWithTaxonomy, detectLanguage, keywordTaxonomies, loadKeywordData };`,
      loader: 'ts', resolveDir: resolve('.'),
    },
    bundle: true, format: 'esm', splitting: false, write: false, alias: { '@': resolve('.') }, platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.setContent('<html><body></body></html>');
    await page.addScriptTag({ content: bundle.outputFiles[0].text, type: 'module' });
    await page.waitForFunction(() => (globalThis as any).__bench);
    return await page.evaluate(async ({ list, n }) => {
      const b = (globalThis as any).__bench;
      const out = [];
      for (const { file, input } of list) {
        await b.loadKeywordData(b.detectLanguage(`${input.title ?? ''}\n${input.description}`));
        const times: number[] = [];
        let keywords = 0;
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          keywords = b.analyseWithTaxonomy(b.keywordTaxonomies(b.detectLanguage(`${input.title ?? ''}\n${input.description}`)), input).length;
          times.push(performance.now() - t0);
        }
        times.sort((a, c) => a - c);
        out.push({ file, median: times[Math.floor(n / 2)], max: times[n - 1], keywords });
      }
      return out;
    }, { list, n: runs });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const list = postings();
  const browser = process.argv.includes('--browser');
  const rows = browser ? await inBrowser(list) : await timeAll(list, runs);
  for (const r of rows) console.log(`${r.file.padEnd(28)} median ${r.median.toFixed(1).padStart(5)} ms  max ${r.max.toFixed(1).padStart(5)} ms  ${r.keywords} keywords`);
  const medians = rows.map((r) => r.median).sort((a, b) => a - b);
  console.log(`\n${browser ? 'Chromium' : 'Node'}: ${rows.length} postings, median of medians ${medians[Math.floor(medians.length / 2)].toFixed(1)} ms, worst median ${medians[medians.length - 1].toFixed(1)} ms`);
}

void main();
