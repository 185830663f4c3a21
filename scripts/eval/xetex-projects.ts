// `npm run eval:xetex -- [--corpus DIR] [--gathered DIR [--manifest TSV]] [--only a,b] [--same-release TEXBUILD] [--out report.json]`
// Compiles every XeLaTeX (and LuaLaTeX) project of the test corpus (DIR/MANIFEST.tsv rows whose
// declared engine is xelatex or lualatex) and of a gathered set (DIR/<name>/, rows of
// scripts/tex/eval/projects.tsv) with Bespoke's WebAssembly XeLaTeX, then with the host's native
// xelatex (Debian's texlive-xetex) in a copy of the project, and compares: pages, words
// (pdftotext, as a multiset and in order), embedded fonts (pdffonts), wall time, the engine
// Bespoke chose by itself, and the font substitutions it named. With --same-release TEXBUILD
// (the folder `npm run build:tex` unpacked TeX Live into), each project is also built by native
// xelatex reading that release's files (same-release-tex.ts), and compared with that too.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseEngine } from '../../lib/tex/engine-choice';
import { madeUsablePdf } from '../../lib/tex/compile-verdict';
import { createNodeTexEngine } from '../../lib/tex/node';
import { readProjectDir } from '../../lib/tex/node-project';
import { runNativeLatex } from './native-latex';
import { sameReleaseEnv } from './same-release-tex';
import { fontNames, pdfPages, textMatch, wordMatch, words } from './pdf-compare';

interface Project { name: string; dir: string; main: string }

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function tsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])));
}

const projects: Project[] = [];
const corpus = arg('--corpus');
if (corpus) {
  for (const row of tsv(join(corpus, 'MANIFEST.tsv'))) {
    if (!/^(xe|lua)latex\b/.test(row.engine_declared ?? '') || !existsSync(join(corpus, row.short_name!))) continue;
    projects.push({ name: row.short_name!, dir: join(corpus, row.short_name!), main: row.main_path!.split(' ')[0]! });
  }
}
const gathered = arg('--gathered');
if (gathered) {
  // --manifest: another gathered set's rows (projects-6.tsv …); the first set's by default.
  for (const row of tsv(arg('--manifest') ?? join(import.meta.dirname, '../tex/eval/projects.tsv'))) {
    if (!/^(xe|lua)latex$/.test(row.engine ?? '') || !existsSync(join(gathered, row.name!))) continue;
    projects.push({ name: row.name!, dir: join(gathered, row.name!), main: row.main_file! });
  }
}
const only = arg('--only')?.split(',');
const chosen = projects.filter((p) => !only || only.includes(p.name));
if (chosen.length === 0) {
  console.error('usage: npm run eval:xetex -- [--corpus DIR] [--gathered DIR [--manifest TSV]] [--only a,b] [--out report.json]');
  process.exit(2);
}

const sameRelease = arg('--same-release');
const releaseEnv = sameRelease ? sameReleaseEnv(sameRelease, join(sameRelease, 'native-same-release')) : undefined;
const engine = createNodeTexEngine();
const report: Record<string, unknown>[] = [];
const scratch = mkdtempSync(join(tmpdir(), 'xe-eval-'));
for (const project of chosen) {
  const files = readProjectDir(project.dir);
  const auto = chooseEngine(project.main, files);
  const request = { mainFile: project.main, files, timeoutMs: 120_000, engine: 'xelatex' as const };
  const first = await engine.compile(request);
  const warm = first.ok ? await engine.compile(request) : first;
  const native = runNativeLatex('xelatex', project.dir, project.main);
  // A PDF poppler cannot read (xdvipdfmx stopped half-way) is no reference.
  if (native.pdf && Number.isNaN(pdfPages(native.pdf))) native.pdf = null;
  const entry: Record<string, unknown> = {
    // Compiled = a usable PDF (clean, or made despite LaTeX errors as Overleaf shows it); `clean` says which.
    name: project.name, ok: madeUsablePdf(first), clean: first.ok, autoEngine: auto.engine, pages: first.pages, firstMs: first.ms, warmMs: warm.ms,
    nativeMs: native.ms, native: native.pdf !== null, nativeClean: native.clean && native.pdf !== null,
    substitutions: first.warnings.filter((w) => w.startsWith('Font:')),
    missing: (first.missingPackages ?? first.missingFiles.map((file) => ({ file, package: null }))).map((m) => `${m.file}${m.package ? ` (${m.package})` : ''}`),
    error: first.ok ? null : first.errors[0]?.message.split('\n')[0] ?? null,
    nativeMissingFont: [...native.log.matchAll(/The font "([^"]+)" cannot be found/g)].map((m) => m[1]),
  };
  const ours = join(scratch, `${project.name}.pdf`);
  if (first.pdf) writeFileSync(ours, first.pdf);
  if (native.pdf && first.pdf) {
    entry.nativePages = pdfPages(native.pdf);
    const [nw, ow] = [words(native.pdf), words(ours)];
    entry.text = Number(wordMatch(nw, ow).toFixed(4));
    entry.order = Number(textMatch(nw, ow).toFixed(4));
    entry.fonts = fontNames(ours);
    entry.nativeFonts = fontNames(native.pdf);
  }
  if (releaseEnv) {
    const release = runNativeLatex('xelatex', project.dir, project.main, releaseEnv);
    if (release.pdf && Number.isNaN(pdfPages(release.pdf))) release.pdf = null;
    // A reference whose Biber failed has no bibliography: it is not a build to compare with.
    entry.releaseClean = release.clean && release.pdf !== null && !release.biberFailed;
    if (release.pdf && first.pdf) {
      entry.releasePages = pdfPages(release.pdf);
      entry.releaseText = Number(wordMatch(words(release.pdf), words(ours)).toFixed(4));
    }
    rmSync(release.work, { recursive: true, force: true });
  }
  report.push(entry);
  rmSync(native.work, { recursive: true, force: true });
  console.log([project.name.padEnd(36), first.ok ? 'ok    ' : madeUsablePdf(first) ? 'errors' : 'FAILED', `auto=${auto.engine.padEnd(8)}`, String(first.pages).padStart(2),
    entry.nativePages !== undefined ? `native ${String(entry.nativePages).padStart(2)}${native.clean ? ' ' : '!'}` : 'native -- ',
    entry.text !== undefined ? `words ${(entry.text as number).toFixed(3)} order ${(entry.order as number).toFixed(3)}` : '',
    entry.releaseText !== undefined ? `release ${String(entry.releasePages).padStart(2)}${entry.releaseClean ? ' ' : '!'} words ${(entry.releaseText as number).toFixed(3)}` : '',
    `first ${first.ms} warm ${warm.ms} native ${native.ms} ms`,
    (entry.substitutions as string[]).length ? `subst ${(entry.substitutions as string[]).length}` : '',
    (entry.missing as string[]).join(', '), first.ok ? '' : (entry.error ?? '')].join('  '));
}
engine.close();
rmSync(scratch, { recursive: true, force: true });
// A project "builds natively" when native xelatex ends without an error, as the manifests'
// native_ok column means; "native  1!" in a row marks a PDF native left despite errors.
const withNative = report.filter((r) => r.nativeClean);
const same = (r: Record<string, unknown>): boolean => r.ok === true && r.pages === r.nativePages && (r.text as number) >= 0.99;
const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const okOnes = report.filter((r) => r.ok === true);
console.log(`\nprojects: ${report.length}; native xelatex builds ${withNative.length} without errors (${report.filter((r) => r.native).length} leave a PDF)`);
console.log(`compile: ${okOnes.length}/${report.length} (clean ${report.filter((r) => r.clean === true).length}); of those native builds: compile ${withNative.filter((r) => r.ok === true).length}/${withNative.length}, ` +
  `same pages and >= 99% of native's words ${withNative.filter(same).length}/${withNative.length}`);
if (releaseEnv) {
  const releaseClean = withNative.filter((r) => r.releaseClean);
  const sameAsRelease = (r: Record<string, unknown>): boolean => r.ok === true && r.pages === r.releasePages && (r.releaseText as number) >= 0.99;
  console.log(`of those, native xelatex on the bundle's own TeX Live release builds ${releaseClean.length}; ` +
    `same pages and >= 99% of its words ${releaseClean.filter(sameAsRelease).length}/${releaseClean.length}`);
}
console.log(`chosen XeLaTeX by itself: ${report.filter((r) => r.autoEngine === 'xelatex').length}/${report.length}`);
console.log(`median ms: first ${median(okOnes.map((r) => r.firstMs as number))}, warm ${median(okOnes.map((r) => r.warmMs as number))}, ` +
  `native ${median(okOnes.map((r) => r.nativeMs as number))}; warm/native ${median(okOnes.map((r) => (r.warmMs as number) / (r.nativeMs as number))).toFixed(2)}`);
const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify(report, null, 2));
process.exit(0);
