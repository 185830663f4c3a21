// `npm run eval:posting-keywords [-- DIR …]`
// Captures every page of each folder's MANIFEST.tsv as the extension does (default: the shared
// corpus' jobs/ and jobs-2/), analyses its keywords, and checks the rules of
// tests/fixtures/jobs/keyword-rules.ts: never the hiring company (as the manifest names it, read
// from the page by a person), never a keyword from a benefit line. Prints each break and a count.
import { join } from 'node:path';
import { CORPUS_ROOT } from '../../tests/fixtures/corpus-root.ts';
import { keywordRuleBreaks } from '../../tests/fixtures/jobs/keyword-rules.ts';
import { readManifestPages } from '../../tests/fixtures/jobs/manifest-pages.ts';
import { readSavedPage } from '../../tests/fixtures/jobs/saved-page.ts';
import { extractJob } from '../../lib/jobs/index.ts';
import { parsePage } from '../../lib/jobs/node-dom.ts';
import { analysePostingText } from '../../lib/tailor/keywords/keyword-data.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirs = args.length ? args : CORPUS_ROOT ? [join(CORPUS_ROOT, 'jobs'), join(CORPUS_ROOT, 'jobs-2')] : [];
  let pages = 0, kept = 0, shown = 0;
  for (const page of dirs.flatMap((d) => readManifestPages(d))) {
    const job = extractJob(parsePage(readSavedPage(join(page.dir, page.file))), page.url);
    if (!job.description) continue; // an application form or an image-only ad: nothing to analyse
    pages++;
    const { keywords } = await analysePostingText({ title: job.title, description: job.description, company: job.company, location: job.location });
    shown += keywords.length;
    const breaks = keywordRuleBreaks(keywords, job.description, page.expected.company);
    if (breaks.length) console.log(`${page.file}: ${breaks.join(' | ')}`);
    else kept++;
  }
  console.log(`postings with a description: ${pages}; keywords shown: ${shown}; postings that keep both rules: ${kept}`);
}

void main();
