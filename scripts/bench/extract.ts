/**
 * Benchmark: time of extractJob per saved page, HTML parsing excluded (median of N runs).
 * Usage: npm run -s bench:extract -- [--runs N] [--dom linkedom|jsdom] [PAGE.html ...]
 * Without pages it runs the shared corpus and this repo's own job fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractJob, inferPageUrl } from '../../lib/jobs/index.ts';
import { parsePage, type DomKind } from '../../lib/jobs/node-dom.ts';
import { corpusJobsDir, OWN_FIXTURES_DIR } from '../../tests/fixtures/jobs/corpus.ts';
import { fixtureUrl } from '../../tests/fixtures/jobs/fixture-urls.ts';

function parseArgs(argv: string[]): { runs: number; dom: DomKind; pages: string[] } {
  let runs = 25;
  let dom: DomKind = 'linkedom';
  const pages: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Math.max(1, Number(argv[++i]) || runs);
    else if (argv[i] === '--dom') dom = argv[++i] === 'jsdom' ? 'jsdom' : 'linkedom';
    else pages.push(argv[i]);
  }
  return { runs, dom, pages };
}

function defaultPages(): string[] {
  const list = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
  return [...list(corpusJobsDir()), ...list(OWN_FIXTURES_DIR)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

const { runs, dom, pages } = parseArgs(process.argv.slice(2));
const targets = pages.length ? pages : defaultPages();
console.log(`extractJob, ${dom}, median of ${runs} runs (parsing excluded), Node ${process.version}`);
console.log(`${'page'.padEnd(34)} ${'KB'.padStart(6)} ${'median ms'.padStart(10)} ${'max ms'.padStart(8)}  source`);
for (const path of targets) {
  const html = readFileSync(path, 'utf8');
  const doc = parsePage(html, dom);
  const url = fixtureUrl(basename(path)) ?? inferPageUrl(doc) ?? `file://${path}`;
  const times: number[] = [];
  let source = '';
  extractJob(doc, url); // warm-up: JIT and lazily built caches are not what a page visit costs
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    source = extractJob(doc, url).source;
    times.push(performance.now() - t0);
  }
  const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
  console.log(
    `${basename(path).padEnd(34)} ${kb.padStart(6)} ${median(times).toFixed(2).padStart(10)} ${Math.max(...times).toFixed(2).padStart(8)}  ${source}`,
  );
}
