/** Node-only: the truthfulness benchmark (tests/fixtures/guard/rewrites.json) run through the guard. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { LlmClient } from '../../llm/types';
import { REPO_ROOT } from '../../../tests/fixtures/corpus-root';
import { checkRewrites, type RewriteVerdict } from '../guard/check-rewrites';
import { loadedGuardContext } from '../guard/guard';
import { segmentProject } from '../segment/segment';
import { CORPUS, loadCorpusResume, type CorpusResume } from './corpus';

// Resumes used only by this benchmark (the tailoring eval has no recorded answers for them).
const EXTRA: CorpusResume[] = [
  { name: 'jakestyle-macmaster', main: 'jakestyle-macmaster/resume.tex', pdflatex: true },
  { name: 'awesomecv-rathie', main: 'awesomecv-rathie/Resume.tex', pdflatex: false },
  // The unseen set's resumes (session 4): none of them is used by the sets above.
  { name: 'res-cv-canderson', main: 'res-cv-canderson/cv.tex', pdflatex: false },
  { name: 'marginpar-yordanov', main: 'marginpar-yordanov/resume.tex', pdflatex: true },
  { name: 'awesomecv-ocallaghan', main: 'awesomecv-ocallaghan/cv.tex', pdflatex: false },
  { name: 'moderncv-dionyziz', main: 'moderncv-dionyziz/cv.tex', pdflatex: true },
  { name: 'moderncv-banking-agonzalezro', main: 'moderncv-banking-agonzalezro/cv_alex_gonzalez.tex', pdflatex: true },
  { name: 'simplehipster-gamboa', main: 'simplehipster-gamboa/main.tex', pdflatex: true },
  { name: 'developercv-willfantom', main: 'developercv-willfantom/cv.tex', pdflatex: true },
  { name: 'bibentry-snellings', main: 'bibentry-snellings/CV.tex', pdflatex: true },
  // The second unseen set's resumes (session 6): none of them is used by the sets above.
  { name: 'altacv-xe-dietr1ch', main: 'altacv-xe-dietr1ch/ddaroch.tex', pdflatex: false },
  { name: 'europasscv-balabanov', main: 'europasscv-balabanov/CV-EN-Todor-Balabanov.tex', pdflatex: true },
  { name: 'friggeri-frostyx', main: 'friggeri-frostyx/jakub-kadlcik-cv.tex', pdflatex: false },
  { name: 'deedy-coverletter-ethier', main: 'deedy-coverletter-ethier/main.tex', pdflatex: false },
  { name: 'simple-resume-cv', main: 'simple-resume-cv/CV.tex', pdflatex: false },
  { name: 'academic-michaillat', main: 'academic-michaillat/cv.tex', pdflatex: true },
  { name: 'moderncv-de-eichhorn', main: 'moderncv-de-eichhorn/lebenslauf.tex', pdflatex: true },
  { name: 'yaac-another-awesome-cv', main: 'yaac-another-awesome-cv/example/cv.tex', pdflatex: false },
  { name: 'cv-nl-kerckhof', main: 'cv-nl-kerckhof/cv-FM.tex', pdflatex: true },
  { name: 'arthurcv-fr-bernard', main: 'arthurcv-fr-bernard/examples/Arthur_Bernard_CV_Fr.tex', pdflatex: false },
  { name: 'europasscv-it-ial32', main: 'europasscv-it-ial32/CV.tex', pdflatex: true },
];

export interface BenchItem {
  resume: string;
  original: string;
  newText: string;
  label: 'honest' | 'fabricated';
  kind: string;
  /**
   * dev: used while building; held-out / fresh: looked at once, then fixed; unseen, unseen-2: written by another engineer before any run;
   * an external set (`loadExternalBench`) names its own split.
   */
  split: 'dev' | 'held-out' | 'fresh' | 'unseen' | 'unseen-2' | (string & {});
  /** Exact texts of other bullets the rewrite draws on. */
  evidence?: string[];
  /** Language of a resume not in English (ISO 639-1); absent for English. */
  lang?: string;
}

export interface BenchResult { item: BenchItem; verdict: RewriteVerdict }

// Each unseen set lives in its own file so its history shows it was committed before any run.
const BENCH_FILES = ['tests/fixtures/guard/rewrites.json', 'tests/fixtures/guard/rewrites-unseen.json', 'tests/fixtures/guard/rewrites-unseen-2.json'];

/** The labelled rewrites of every set (each one's id is its position in this list). */
export function loadBench(): BenchItem[] {
  return BENCH_FILES.flatMap((f) => JSON.parse(readFileSync(join(REPO_ROOT, f), 'utf8')).items as BenchItem[]);
}

/** A labelled set kept outside the repository (its resumes are gathered projects, third-party text): items and each resume's main file. */
export interface ExternalBench { items: BenchItem[]; mains: Map<string, string> }

/**
 * Reads a set written in the fixtures' format plus a `resumes` map (name → `main`, and `set` /
 * `project` of the gathered projects). A main file is found as written, else under
 * `projectsRoot`/resume-projects-<set>/<project>/, else beside the set file.
 */
export function loadExternalBench(file: string, projectsRoot: string): ExternalBench {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { items: BenchItem[]; resumes: Record<string, { main: string; set?: number; project?: string }> };
  const mains = new Map<string, string>();
  for (const [name, r] of Object.entries(data.resumes)) {
    const inProject = r.project && r.set !== undefined ? r.main.split(`/${r.project}/`).at(-1)! : r.main;
    const candidates = [
      isAbsolute(r.main) ? r.main : null,
      r.project && r.set !== undefined ? join(projectsRoot, `resume-projects-${r.set}`, r.project, inProject) : null,
      resolve(dirname(file), r.main),
    ].filter((c): c is string => c !== null);
    const found = candidates.find((c) => existsSync(c));
    if (!found) throw new Error(`${name}: main file not found (looked at ${candidates.join(', ')})`);
    mains.set(name, found);
  }
  return { items: data.items, mains };
}

/**
 * Guards every item as a stored plan would be guarded (no model), each against its own
 * resume; with `verify`, one second-opinion call per resume. Caught = not applied.
 * `external`: main files of resumes outside the corpus (an external set's `mains`).
 */
export async function runBench(items: BenchItem[], verify?: LlmClient, external?: ReadonlyMap<string, string>): Promise<{ results: BenchResult[]; tokens: { input: number; output: number } }> {
  const all = external ? items : loadBench();
  const results: BenchResult[] = [];
  const tokens = { input: 0, output: 0 };
  for (const resume of [...new Set(items.map((i) => i.resume))]) {
    const main = external?.get(resume);
    const entry = main ? { name: resume, main, pdflatex: true } : [...CORPUS, ...EXTRA].find((c) => c.name === resume);
    if (!entry) throw new Error(`unknown corpus resume ${resume}`);
    const ctx = await loadedGuardContext(segmentProject(loadCorpusResume(entry)));
    const mine = items.filter((i) => i.resume === resume);
    const idOf = (i: BenchItem) => String(all.findIndex((x) => x.resume === i.resume && x.newText === i.newText && x.original === i.original));
    const { verdicts, secondOpinion } = await checkRewrites(ctx, mine.map((i) => ({ ...i, id: idOf(i) })), { verify });
    verdicts.forEach((v, k) => {
      if (!v.segmentId) throw new Error(`${resume}: no single bullet reads "${mine[k].original.slice(0, 60)}…"`);
      results.push({ item: mine[k], verdict: v });
    });
    if (secondOpinion) { tokens.input += secondOpinion.usage.inputTokens; tokens.output += secondOpinion.usage.outputTokens; }
  }
  return { results, tokens };
}

export interface BenchRow { label: string; kind: string; n: number; flagged: number }

/** Per kind: how many, how many not applied (recall on fabrications, false alarms on honest rewrites). */
export function benchTable(results: BenchResult[]): BenchRow[] {
  const rows = new Map<string, BenchRow>();
  for (const r of results) {
    const kind = r.item.label === 'honest' ? 'all honest' : r.item.kind;
    const key = `${r.item.label}:${kind}`;
    const row = rows.get(key) ?? { label: r.item.label, kind, n: 0, flagged: 0 };
    row.n++;
    if (r.verdict.verdict !== 'applied') row.flagged++;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.label === b.label ? a.kind.localeCompare(b.kind) : a.label === 'fabricated' ? -1 : 1));
}
