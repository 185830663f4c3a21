// `npm run eval:score`
// Does the score rank a resume higher against postings of its own field than of another?
// Resumes (the corpus' .tex, as plain text) × postings (saved pages, captured and analysed with
// the keyword taxonomy), fields from scripts/eval/score-fields.tsv. For each resume with postings
// of its field: AUC = P(score of an own-field posting > score of another-field posting), ties ½.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { extractJob } from '../../lib/jobs/index.ts';
import { parsePage } from '../../lib/jobs/node-dom.ts';
import { analysePostingText } from '../../lib/tailor/keywords/keyword-data.ts';
import { toPostingKeyword } from '../../lib/tailor/keywords/analyse.ts';
import { scoreText } from '../../lib/tailor/score/score.ts';
import { latexToPlain } from '../../lib/tailor/segment/plain-text.ts';
import { corpusPath } from '../../tests/fixtures/corpus-root.ts';
import { readManifestPages, type ManifestPage } from '../../tests/fixtures/jobs/manifest-pages.ts';

const rows = readFileSync('scripts/eval/score-fields.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));

/** The resume's words: the main file with its \input files inlined, from \begin{document} on. */
function resumeText(name: string): string {
  const manifest = readFileSync(corpusPath('resumes/MANIFEST.tsv'), 'utf8').split('\n').map((l) => l.split('\t'));
  const main = manifest.find((r) => r[0] === name)?.[2]?.split(' ')[0];
  if (!main) throw new Error(`no resume ${name}`);
  const file = corpusPath('resumes', name, main);
  const inline = (src: string, dir: string, depth = 0): string =>
    src.replace(/\\(?:input|include)\{([^}]+)\}/g, (m, f: string) => {
      const path = [join(dir, f), join(dir, `${f}.tex`)].find((p) => existsSync(p));
      return path && depth < 3 ? inline(readFileSync(path, 'latin1'), dirname(path), depth + 1) : m;
    });
  const src = inline(readFileSync(file, 'latin1'), dirname(file));
  return latexToPlain(src.slice(Math.max(0, src.indexOf('\\begin{document}'))));
}

async function main(): Promise<void> {
  const pages = new Map<string, ManifestPage>(['jobs', 'jobs-2'].flatMap((d) => readManifestPages(corpusPath(d)).map((p) => [`${d}/${p.file}`, p] as const)));
  const postings: { name: string; field: string; keywords: ReturnType<typeof toPostingKeyword>[] }[] = [];
  for (const [, name, field] of rows.filter((r) => r[0] === 'posting')) {
    const page = pages.get(name)!;
    const job = extractJob(parsePage(readFileSync(join(page.dir, page.file), 'utf8')), page.url);
    const { keywords } = await analysePostingText({ title: job.title, description: job.description ?? '', company: job.company, location: job.location });
    postings.push({ name, field, keywords: keywords.map(toPostingKeyword) });
  }
  const aucs: number[] = [];
  for (const [, name, field] of rows.filter((r) => r[0] === 'resume')) {
    const text = resumeText(name);
    const scores = postings.map((p) => ({ ...p, score: scoreText(p.keywords, text).score }));
    const own = scores.filter((s) => s.field === field);
    const other = scores.filter((s) => s.field !== field);
    const mean = (xs: { score: number }[]) => (xs.length ? xs.reduce((a, s) => a + s.score, 0) / xs.length : NaN);
    let auc = NaN;
    if (own.length && other.length) {
      let wins = 0;
      for (const a of own) for (const b of other) wins += a.score > b.score ? 1 : a.score === b.score ? 0.5 : 0;
      auc = wins / (own.length * other.length);
      aucs.push(auc);
    }
    console.log(`${name.padEnd(30)} ${field.padEnd(13)} own ${mean(own).toFixed(1).padStart(5)}  other ${mean(other).toFixed(1).padStart(5)}  AUC ${Number.isNaN(auc) ? '  -  ' : auc.toFixed(2)}`);
  }
  console.log(`\nmean AUC over ${aucs.length} resumes with own-field postings: ${(aucs.reduce((a, b) => a + b, 0) / aucs.length).toFixed(2)}`);
}

void main();
