// `npm run bench:cli`: the `bespoke` CLI as a user meets it, whole processes from a cold start.
// - `bespoke help` wall time (budget 0.3 s);
// - `bespoke compile` of Jake's resume (kept in tests/fixtures) against native `pdflatex` on the
//   same folder, runs alternating so both see the same machine load (budget 1.5×).
// Prints medians and both ratios. Options: --runs N (default 7). No corpus needed.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'scripts/cli/bespoke.mjs');
const JAKE = join(REPO, 'tests/fixtures/tex/jake-resume');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const work = mkdtempSync(join(tmpdir(), 'bespoke-bench-cli-'));
cpSync(JAKE, work, { recursive: true });
const bespoke = (...args: string[]) => execFileSync(process.execPath, [BIN, ...args], { cwd: work, stdio: 'ignore' });
// Jake's resume settles in one pass natively too (no cross-references), so one run is a fair match.
const pdflatex = () => {
  const r = spawnSync('pdflatex', ['-interaction=nonstopmode', '-no-shell-escape', '-jobname=native', 'resume.tex'], { cwd: work, stdio: 'ignore' });
  if (r.status !== 0) throw new Error('native pdflatex failed on resume.tex (is texlive-latex-extra installed?)');
};

// First run builds the bundle if a source changed: not what the budget is about.
bespoke('help');
const help: number[] = [];
for (let i = 0; i < RUNS; i++) help.push(timed(() => bespoke('help')));

const hasNative = spawnSync('pdflatex', ['--version'], { stdio: 'ignore' }).status === 0;
const cold: number[] = [];
const native: number[] = [];
bespoke('compile', 'resume.tex', '--out', 'wasm.pdf');
for (let i = 0; i < RUNS; i++) {
  cold.push(timed(() => bespoke('compile', 'resume.tex', '--out', 'wasm.pdf')));
  if (hasNative) native.push(timed(pdflatex));
}
rmSync(work, { recursive: true, force: true });

const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const helpMs = median(help);
console.log(`bespoke help           median ${fmt(helpMs)} of ${RUNS}   ratio to the 0.3 s budget: ${(helpMs / 300).toFixed(2)}`);
console.log(`bespoke compile (cold) median ${fmt(median(cold))} of ${RUNS}   (Jake's resume, whole process)`);
if (hasNative) {
  const ratio = median(cold) / median(native);
  console.log(`native pdflatex        median ${fmt(median(native))} of ${RUNS}`);
  console.log(`compile ratio wasm/native: ${ratio.toFixed(2)}× (budget 1.5×)`);
} else {
  console.log('native pdflatex not installed: no compile ratio (apt-get install texlive-latex-extra)');
}
