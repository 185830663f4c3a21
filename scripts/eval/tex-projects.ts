// `npm run eval:tex -- DIR [--manifest projects.tsv] [--only a,b] [--out report.json]`
// `npm run eval:tex -- --corpus CORPUS_RESUMES_DIR [--only a,b] [--out report.json]`
// Compiles every pdfLaTeX project of a gathered set (DIR/<name>/, rows of the manifest) with
// Bespoke's WebAssembly pdfTeX and compares it with native pdflatex's PDF (DIR/<name>/.native.pdf,
// made by the gatherer; projects native pdflatex cannot build are left out of the share). With
// --corpus, the projects are the test corpus's rows whose declared engine is not xelatex/lualatex
// (MANIFEST.tsv) and native pdflatex is run here, on a copy, for the reference. Reported:
// compiled offline (a usable PDF: clean, or made despite LaTeX errors; both counted and said),
// same page count, same text (pdftotext words, in order), what was missing and which TeX Live
// package has it. With --with-tree TREE_ROOT (the unpacked Debian TeX Live
// tree of `npm run build:tex`), failed projects are compiled again with the named packages added,
// as the extension does after fetching them from a mirror. With --same-release TEXBUILD, each
// project native builds is also built by native pdflatex reading the bundle's own TeX Live
// release (same-release-tex.ts: Debian 12's pdflatex is TeX Live 2022, the bundle 2024), and
// compared with that too: what differs then is the engine, not the release.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeTexEngine } from '../../lib/tex/node';
import { readProjectDir } from '../../lib/tex/node-project';
import { builtPdf, runNativeLatex } from './native-latex';
import { sameReleaseEnv } from './same-release-tex';
import { fontMapsOf, parseTlpdb, runtimeFile } from '../../lib/tex/tlpdb';
import { madeUsablePdf } from '../../lib/tex/compile-verdict';
import { fetchablePackages } from '../../lib/tex/package-index';
import type { CompileResult } from '../../lib/tex/types';
import { pdfPages, textMatch, wordMatch, words } from './pdf-compare';
import { readManifest, type ManifestRow } from './project-manifest';

type Row = ManifestRow;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

interface Project extends Row { dir: string; nativePdf: string | null }

const corpus = arg('--corpus');
const dir = corpus ? undefined : process.argv[2];
if (!corpus && (!dir || dir.startsWith('--'))) {
  console.error('usage: npm run eval:tex -- DIR|--corpus DIR [--manifest projects.tsv] [--only a,b] [--with-tree TEXBUILD] [--out report.json]');
  process.exit(2);
}
const only = arg('--only')?.split(',');
const treeRoot = arg('--with-tree');
const nativeRuns: string[] = [];
/** Rows of the corpus manifest that pdfLaTeX builds, with a native reference made here. */
function corpusProjects(root: string): Project[] {
  const [head, ...lines] = readFileSync(join(root, 'MANIFEST.tsv'), 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v])))
    .filter((r) => !/^(xe|lua)latex\b/.test(r.engine_declared ?? '') && existsSync(join(root, r.short_name!)))
    .filter((r) => !only || only.includes(r.short_name!))
    .map((r) => {
      const project = { name: r.short_name!, main: r.main_path!.split(' ')[0]!, engine: 'pdflatex', native: '', dir: join(root, r.short_name!) };
      const run = runNativeLatex('pdflatex', project.dir, project.main);
      nativeRuns.push(run.work);
      // Native's PDF is the reference only when native pdflatex ends without an error (it builds).
      return { ...project, nativePdf: run.clean ? run.pdf : null };
    });
}
const rows: Project[] = corpus
  ? corpusProjects(corpus)
  : readManifest(arg('--manifest') ?? join(import.meta.dirname, '../tex/eval/projects.tsv'))
    .filter((r) => r.engine === 'pdflatex' && (!only || only.includes(r.name)))
    .map((r) => ({ ...r, dir: join(dir!, r.name), nativePdf: builtPdf(join(dir!, r.name, '.native.pdf')) }));

/** The on-demand step, offline: a package's runtime files straight from the unpacked Debian tree. */
const tlpdb = treeRoot ? parseTlpdb(readFileSync(join(treeRoot, 'texlive.tlpdb'), 'utf8')) : null;
function packageFiles(name: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const path of tlpdb?.get(name)?.runfiles ?? []) {
    if (!runtimeFile(path)) continue;
    for (const root of ['tree/usr/share/texmf', 'tree/usr/share/texlive/texmf-dist']) {
      const abs = join(treeRoot!, root, path);
      if (existsSync(abs)) { out[path] = new Uint8Array(readFileSync(abs)); break; }
    }
  }
  return out;
}

const sameRelease = arg('--same-release');
const releaseEnv = sameRelease ? sameReleaseEnv(sameRelease, join(sameRelease, 'native-same-release')) : undefined;
const engine = createNodeTexEngine();
const report = [];
for (const row of rows) {
  const { nativePdf } = row;
  const files = readProjectDir(row.dir);
  const request = { mainFile: row.main, files, timeoutMs: 90_000 };
  let result: CompileResult = await engine.compile(request);
  // Compiled = a usable PDF (clean, or made despite LaTeX errors as Overleaf shows it); `clean` says which.
  const offline = madeUsablePdf(result);
  const offlineClean = result.ok;
  const fetched: string[] = [];
  for (let round = 0; !result.ok && tlpdb && round < 4; round++) {
    const wanted = fetchablePackages(result.missingPackages ?? []).filter((p) => !fetched.includes(p));
    if (wanted.length === 0) break;
    fetched.push(...wanted);
    const add = Object.assign({}, ...fetched.map(packageFiles)) as Record<string, Uint8Array>;
    const maps = fetched.flatMap((p) => { const pkg = tlpdb.get(p); return pkg ? fontMapsOf(pkg) : []; });
    result = await engine.compile({ ...request, texmf: { files: add, maps } });
  }
  const entry: Record<string, unknown> = {
    name: row.name, offline, offlineClean, withFetch: madeUsablePdf(result), withFetchClean: result.ok, fetched, pages: result.pages, ms: result.ms,
    missing: (result.missingPackages ?? result.missingFiles.map((file) => ({ file, package: null }))).map((m) => `${m.file}${m.package ? ` (${m.package})` : ''}`),
    error: result.ok ? null : result.errors[0]?.message.split('\n')[0] ?? null,
    native: nativePdf !== null,
  };
  if (nativePdf && result.pdf) {
    const tmp = join('/tmp', `bespoke-eval-${process.pid}.pdf`);
    writeFileSync(tmp, result.pdf);
    entry.nativePages = pdfPages(nativePdf);
    const [nw, ow] = [words(nativePdf), words(tmp)];
    entry.text = Number(wordMatch(nw, ow).toFixed(4));
    entry.order = Number(textMatch(nw, ow).toFixed(4));
    if (releaseEnv) {
      const release = runNativeLatex('pdflatex', row.dir, row.main, releaseEnv);
      // A reference whose Biber failed has no bibliography: it is not a build to compare with.
      entry.releaseClean = release.clean && release.pdf !== null && !release.biberFailed;
      if (release.pdf) {
        entry.releasePages = pdfPages(release.pdf);
        entry.releaseText = Number(wordMatch(words(release.pdf), ow).toFixed(4));
      }
      rmSync(release.work, { recursive: true, force: true });
    }
  }
  report.push(entry);
  const status = offline ? (offlineClean ? 'ok     ' : 'errors ') : madeUsablePdf(result) ? 'fetched' : 'FAILED ';
  console.log([row.name.padEnd(40), status, String(result.pages).padStart(2),
    entry.nativePages !== undefined ? `native ${String(entry.nativePages).padStart(2)}` : 'native --',
    entry.text !== undefined ? `words ${(entry.text as number).toFixed(3)} order ${(entry.order as number).toFixed(3)}` : '',
    entry.releaseText !== undefined ? `release ${String(entry.releasePages).padStart(2)}${entry.releaseClean ? ' ' : '!'} words ${(entry.releaseText as number).toFixed(3)}` : '',
    entry.missing ? (entry.missing as string[]).join(', ') : '', result.ok ? '' : (entry.error ?? '')].join('  '));
}
engine.close();
for (const work of nativeRuns) rmSync(work, { recursive: true, force: true });
const withNative = report.filter((r) => r.native);
const share = (f: (r: Record<string, unknown>) => boolean): string => `${withNative.filter(f).length}/${withNative.length}`;
const same = (r: Record<string, unknown>): boolean => r.offline === true && r.pages === r.nativePages && (r.text as number) >= 0.99;
const sameFetched = (r: Record<string, unknown>): boolean => r.withFetch === true && r.pages === r.nativePages && (r.text as number) >= 0.99;
console.log(`\nprojects native pdflatex builds: ${withNative.length} of ${report.length}`);
console.log(`compile offline: ${share((r) => r.offline === true)} (clean ${share((r) => r.offlineClean === true)}, the rest made their PDF despite LaTeX errors); ` +
  `offline with native's pages and >= 99% of its words: ${share(same)}`);
if (releaseEnv) {
  // Same pages and words as native pdflatex of Debian 12 *or* of the bundle's own release.
  const sameEither = (r: Record<string, unknown>, ok: boolean): boolean => ok && ((r.pages === r.nativePages && (r.text as number) >= 0.99)
    || (r.releaseClean === true && r.pages === r.releasePages && (r.releaseText as number) >= 0.99));
  console.log(`same pages and >= 99% of the words of native pdflatex on TeX Live 2022 or on the bundle's own release: offline ${share((r) => sameEither(r, r.offline === true))}` +
    (tlpdb ? `, with the named packages fetched ${share((r) => sameEither(r, r.withFetch === true))}` : ''));
}
if (tlpdb) console.log(`compile once the named packages are fetched: ${share((r) => r.withFetch === true)} (clean ${share((r) => r.withFetchClean === true)}); with native's pages and words: ${share(sameFetched)}`);
const fetchedBy = new Map<string, number>();
for (const r of report) for (const p of r.fetched as string[]) fetchedBy.set(p, (fetchedBy.get(p) ?? 0) + 1);
if (fetchedBy.size) console.log(`packages fetched (projects): ${[...fetchedBy].sort((a, b) => b[1] - a[1]).map(([p, n]) => `${p} ${n}`).join(', ')}`);
const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify(report, null, 2));
process.exit(0);
