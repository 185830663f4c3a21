// `npm run eval:capture [-- DIR …] [--only FILE] [--json]`
// Captures every page of each folder's MANIFEST.tsv (default: the shared corpus' jobs/ and
// jobs-2/, and /work/job-pages when present) and compares title, company, location and the
// start of the description with the values a person read from the page (the manifest), not
// with what the extractor said before. Prints one line per page and right / total per folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractJob } from '../../lib/jobs/index.ts';
import { parsePage } from '../../lib/jobs/node-dom.ts';
import { CORPUS_ROOT } from '../../tests/fixtures/corpus-root.ts';
import { firstWords } from '../../tests/fixtures/jobs/first-words.ts';
import { readManifestPages, type ManifestPage } from '../../tests/fixtures/jobs/manifest-pages.ts';

const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
/** Manifest cells sometimes add a note in parentheses ("Autodesk Canada Co. (tenant autodesk)"). */
const withoutNote = (s: string): string => s.replace(/\s*\((?:tenant|JSON-LD|addressCountry|On-site)[^)]*\)\s*$/i, '');
const sameText = (got: string | null | undefined, want: string | null): boolean =>
  want === null ? !got : fold(got) === fold(want) || fold(got) === fold(withoutNote(want));

const same = sameText;
/**
 * A location is right when the first place the page names ("Mountain View", "Hamburg",
 * "Remote") is in the captured line: boards print the same place as "New York, NY" in one spot
 * and "New York, USA" in another, and either is what the user needs.
 */
function samePlace(got: string | null | undefined, want: string | null): boolean {
  if (sameText(got, want)) return true;
  if (!want || !got) return false;
  const first = fold(withoutNote(want)).split(/\s*[,|·;(]\s*/)[0] ?? '';
  return first.length > 1 && fold(got).includes(first);
}

export interface PageVerdict { file: string; ok: boolean; wrong: string[] }

/** Which fields of one page came out wrong. */
export function judge(page: ManifestPage): PageVerdict {
  const html = readFileSync(join(page.dir, page.file), 'utf8');
  const job = extractJob(parsePage(html), page.url);
  const want = page.expected;
  const wrong: string[] = [];
  if (want.applicationForm) {
    if (!job.applicationForm) wrong.push('application form not recognised');
    if (job.description) wrong.push(`description "${job.description.slice(0, 50)}"`);
    return { file: page.file, ok: wrong.length === 0, wrong };
  }
  if (!same(job.title, want.title)) wrong.push(`title "${job.title}" ≠ "${want.title}"`);
  if (!same(job.company, want.company)) wrong.push(`company "${job.company}" ≠ "${want.company}"`);
  if (!samePlace(job.location, want.location)) wrong.push(`location "${job.location}" ≠ "${want.location}"`);
  const start = firstWords(want.descriptionStart ?? '', 15);
  // The ad may open by repeating the job title or a "Job Description" label, which capture
  // drops as header; the words after it are then what must match.
  const skip = [want.title, 'Job Description', 'About the job'].map((h) => firstWords(h, 30)).find((h) => h.length && fold(start.slice(0, h.length).join(' ')) === fold(h.join(' ')));
  const starts = skip ? [start, start.slice(skip.length)] : [start];
  const matches = starts.some((st) => fold(firstWords(job.description ?? '', st.length).join(' ')) === fold(st.join(' ')));
  const got = firstWords(job.description ?? '', start.length);
  if (start.length && !matches) wrong.push(`description "${got.join(' ').slice(0, 100)}…"`);
  return { file: page.file, ok: wrong.length === 0, wrong };
}

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
    const verdicts = pages.map(judge);
    for (const v of verdicts) console.log(`${v.ok ? 'ok  ' : 'FAIL'} ${v.file}${v.ok ? '' : `: ${v.wrong.join('; ')}`}`);
    const ok = verdicts.filter((v) => v.ok).length;
    console.log(`${dir}: ${ok} / ${verdicts.length} right\n`);
    right += ok;
    total += verdicts.length;
  }
  console.log(`all: ${right} / ${total} right (${total ? Math.round((100 * right) / total) : 0}%)`);
}

main();
