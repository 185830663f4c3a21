// `npm run eval:capture [-- DIR …] [--only FILE]`
// Captures every page of each folder's MANIFEST.tsv (default: the shared corpus' jobs/ and
// jobs-2/, and /work/job-pages when present) and compares title, company, location and the
// start of the description with the values a person read from the page (the manifest), not
// with what the extractor said before. Prints one line per page and right / total per folder.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_ROOT } from '../../tests/fixtures/corpus-root.ts';
import { judge } from '../../tests/fixtures/jobs/capture-verdict.ts';
import { readManifestPages } from '../../tests/fixtures/jobs/manifest-pages.ts';

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
  const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
  const folders = dirs.length ? dirs : [
    ...(CORPUS_ROOT ? [join(CORPUS_ROOT, 'jobs'), join(CORPUS_ROOT, 'jobs-2')] : []),
    ...(existsSync('/work/job-pages') ? ['/work/job-pages'] : []),
  ];
  let right = 0;
  let total = 0;
  for (const dir of folders) {
    const pages = readManifestPages(dir).filter((p) => !only || p.file === only);
    const verdicts = pages.map((p) => judge(p));
    for (const v of verdicts) console.log(`${v.ok ? 'ok  ' : 'FAIL'} ${v.file}${v.ok ? '' : `: ${v.wrong.join('; ')}`}`);
    const ok = verdicts.filter((v) => v.ok).length;
    console.log(`${dir}: ${ok} / ${verdicts.length} right\n`);
    right += ok;
    total += verdicts.length;
  }
  console.log(`all: ${right} / ${total} right (${total ? Math.round((100 * right) / total) : 0}%)`);
}

main();
