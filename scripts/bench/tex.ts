// `npm run bench:tex`: compile time of each pdfLaTeX corpus resume with the wasm engine,
// cold (a new `bespoke compile` process) and warm (new engine instance, cached module, in a
// running worker), against native pdflatex when it is installed. Prints medians and ratios.
// Warm compiles go through the worker's preamble cache as in the extension (lib/tex/preamble-format.ts):
// the second compile returns, then the worker makes and proves the preamble's format ("second ms");
// the third waits for that and loads the format ("third ms", the first of the warm runs); the warm
// runs that loaded it are counted in "reused"; "no reuse ms" is the median of the same compile without it.
// Options: --runs N (default 5 warm, cold and native use ceil(N/2)); --same-release TEXBUILD adds
// native pdflatex reading the bundle's own TeX Live release (scripts/eval/same-release-tex.ts),
// so that ratio is the engine alone: Debian 12's pdflatex reads TeX Live 2022's lighter kernel.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bibtexJobs } from '../../lib/tex/bibtex';
import { MAX_PASSES } from '../../lib/tex/compile-job';
import { parseTexLog } from '../../lib/tex/log-parser';
import { createNodeTexEngine } from '../../lib/tex/node';
import { readProjectDir } from '../../lib/tex/node-project';
import { sameReleaseEnv } from '../eval/same-release-tex';
import { CORPUS_RESUMES, type CorpusResume } from '../../tests/fixtures/tex/corpus-resumes';

const REPO = resolve(import.meta.dirname, '../..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const releaseArg = process.argv.indexOf('--same-release');
const SAME_RELEASE = releaseArg > 0 ? process.argv[releaseArg + 1]! : null;
const FEW = Math.max(1, Math.ceil(RUNS / 2));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function hasNativePdflatex(): boolean {
  return spawnSync('pdflatex', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Native pdflatex with the engine's own pass rule (lib/tex/compile-job.ts), so both sides do
 * the same work: after the first pass BibTeX runs for each .aux that names a database (Biber for
 * a .bcf), then passes follow until references settle, at most MAX_PASSES (one more after it).
 */
function nativeMs(r: CorpusResume, env: NodeJS.ProcessEnv = process.env): number {
  const work = mkdtempSync(join(tmpdir(), 'bespoke-bench-'));
  cpSync(r.dir, work, { recursive: true });
  const jobName = r.mainFile.replace(/\.tex$/, '');
  const auxFiles = (dir: string) => new Map(readdirSync(dir).filter((f) => f.endsWith('.aux')).map((f) => [f, readFileSync(join(dir, f))] as const));
  const shippedAux = auxFiles(r.dir);
  const started = performance.now();
  let maxPasses = MAX_PASSES;
  for (let pass = 1; pass <= maxPasses; pass++) {
    spawnSync('pdflatex', ['-interaction=nonstopmode', '-no-shell-escape', r.mainFile], { cwd: work, env, stdio: 'ignore' });
    if (pass === 1) {
      const jobs = bibtexJobs(auxFiles(work), '', jobName, shippedAux);
      for (const job of jobs) spawnSync('bibtex', [job], { cwd: work, env, stdio: 'ignore' });
      // A document written for Biber gets Biber natively, as latexmk would (the engine runs
      // biblatex's BibTeX backend instead, see lib/tex/bibtex.ts): both then make its bibliography.
      const biber = existsSync(join(work, `${jobName}.bcf`));
      if (biber) spawnSync('biber', [jobName], { cwd: work, env, stdio: 'ignore' });
      if (jobs.length > 0 || biber) {
        maxPasses = MAX_PASSES + 1;
        continue;
      }
    }
    const log = readFileSync(join(work, `${jobName}.log`), 'latin1');
    if (!parseTexLog(log).needsRerun) break;
  }
  const ms = performance.now() - started;
  rmSync(work, { recursive: true, force: true });
  return ms;
}

/** A whole `bespoke compile` process: Node start, tsx, worker, module compile, format load. */
function coldMs(r: CorpusResume): number {
  const out = join(mkdtempSync(join(tmpdir(), 'bespoke-bench-')), 'out.pdf');
  const started = performance.now();
  execFileSync(process.execPath, [join(REPO, 'scripts/cli/bespoke.mjs'), 'compile', join(r.dir, r.mainFile), '--out', out], {
    stdio: 'ignore',
  });
  return performance.now() - started;
}

/** One warm compile's time; `fresh` changes the main file by a comment so no preamble format matches. */
async function timedCompile(r: CorpusResume, files: Record<string, string | Uint8Array>, fresh = false): Promise<number> {
  const main = files[r.mainFile]!;
  const bytes = typeof main === 'string' ? new TextEncoder().encode(main) : main;
  const request = fresh ? { ...files, [r.mainFile]: new Uint8Array([...new TextEncoder().encode(`%${Math.random()}\n`), ...bytes]) } : files;
  const started = performance.now();
  const res = await engine.compile({ mainFile: r.mainFile, files: request });
  if (!res.ok) throw new Error(`${r.name} failed: ${JSON.stringify(res.errors)}`);
  return performance.now() - started;
}

const native = hasNativePdflatex();
const releaseEnv = native && SAME_RELEASE ? sameReleaseEnv(SAME_RELEASE, join(SAME_RELEASE, 'native-same-release')) : null;
const engine = createNodeTexEngine();
const rows: string[][] = [];
for (const r of CORPUS_RESUMES) {
  const files = readProjectDir(r.dir);
  await engine.compile({ mainFile: r.mainFile, files }); // warm-up: module, format, chunks
  const warm: number[] = [];
  let reused = 0;
  const second = await timedCompile(r, files); // replies, then the worker makes the preamble's format
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const res = await engine.compile({ mainFile: r.mainFile, files });
    if (!res.ok) throw new Error(`${r.name} failed: ${JSON.stringify(res.errors)}`);
    warm.push(performance.now() - started);
    if (res.preambleReused) reused++;
  }
  const plain: number[] = [];
  for (let i = 0; i < FEW; i++) plain.push(await timedCompile(r, files, true));
  const cold = Array.from({ length: FEW }, () => coldMs(r));
  const nat = native ? Array.from({ length: FEW }, () => nativeMs(r)) : [];
  const same = releaseEnv ? Array.from({ length: FEW }, () => nativeMs(r, releaseEnv)) : [];
  const [w, c, n] = [median(warm), median(cold), nat.length ? median(nat) : NaN];
  const row = [r.name, c.toFixed(0), w.toFixed(0), `${reused}/${RUNS}`, second.toFixed(0), warm[0]!.toFixed(0), median(plain).toFixed(0),
    native ? n.toFixed(0) : '-', native ? (w / n).toFixed(2) : '-', native ? (c / n).toFixed(2) : '-'];
  if (releaseEnv) row.push(median(same).toFixed(0), (w / median(same)).toFixed(2));
  rows.push(row);
  console.error(`${r.name}: done`);
}
engine.close();
const head = ['resume', 'cold ms', 'warm ms', 'reused', 'second ms', 'third ms', 'no reuse ms', 'native ms', 'warm/native', 'cold/native', ...(releaseEnv ? ['native same release ms', 'warm/same release'] : [])];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
const fmt = (row: string[]): string => `| ${row.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(`wasm pdfTeX vs ${native ? execFileSync('pdflatex', ['--version'], { encoding: 'utf8' }).split('\n')[0] : 'no native pdflatex installed'}`);
console.log(`medians: warm ${RUNS} runs, cold and native ${FEW} runs; all passes (reruns) included`);
console.log(fmt(head));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of rows) console.log(fmt(row));
