/**
 * Extraction speed where it really runs: in Chromium, on each saved corpus page served at its
 * board URL. The same lib/jobs code the content script ships is bundled with esbuild, injected,
 * and timed with performance.now() (median of N runs; the page's HTML parsing is not counted).
 *
 *   npm run -s bench:extract:browser -- [--runs N]
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { CORPUS_URLS, serveCorpusPageAt } from '../../tests/e2e/corpus';
import { launchWithExtension } from '../browser/launch';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 21;

async function bundleExtractor(): Promise<string> {
  const out = await build({
    stdin: { contents: "import { extractJob } from '@/lib/jobs/index'; (globalThis as any).__bespokeExtract = extractJob;", loader: 'ts', resolveDir: resolve('.') },
    bundle: true,
    format: 'iife',
    write: false,
    alias: { '@': resolve('.') },
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return out.outputFiles[0].text;
}

async function main(): Promise<void> {
  const code = await bundleExtractor();
  // The bench injects its bundle into the page's own world, which pages' CSP / Trusted Types
  // would refuse; the extension's content script runs in an isolated world and needs no bypass.
  const browser = await launchWithExtension({ bypassCSP: true });
  const rows: { page: string; median: number; max: number }[] = [];
  try {
    for (const [file, url] of Object.entries(CORPUS_URLS)) {
      await browser.context.unrouteAll({ behavior: 'ignoreErrors' });
      await serveCorpusPageAt(browser.context, file, url);
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.addScriptTag({ content: code });
      const times = await page.evaluate((n) => {
        const extract = (globalThis as any).__bespokeExtract as (d: Document, u: string) => unknown;
        const out: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          extract(document, location.href);
          out.push(performance.now() - t0);
        }
        return out;
      }, runs);
      times.sort((a, b) => a - b);
      rows.push({ page: file, median: times[Math.floor(times.length / 2)], max: times[times.length - 1] });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`extraction in Chromium, ${runs} runs per page (ms)`);
  console.log('page'.padEnd(26) + 'median'.padStart(9) + 'max'.padStart(9));
  for (const r of rows) console.log(r.page.padEnd(26) + r.median.toFixed(2).padStart(9) + r.max.toFixed(2).padStart(9));
  const worst = Math.max(...rows.map((r) => r.median));
  console.log(`worst median: ${worst.toFixed(2)} ms (budget 50 ms: ${(worst / 50).toFixed(2)}× of budget)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
