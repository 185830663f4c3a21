// `npm run eval:text-layer -- DIR [--engine pdflatex|xelatex] [--manifest FILE] [--only a,b] [--out report.json] [--keep DIR] [--reuse DIR [--reuse-after]] [--verbose]`
// For every pdfLaTeX (or, with --engine xelatex, XeLaTeX) project of DIR (the corpus' MANIFEST.tsv, or a gathered set with
// scripts/tex/eval/projects-N.tsv; rows native TeX built), compiles the master as it is and the copy with Bespoke's
// text-layer fixes, and reports for each: "reads as written" (share of words read back
// exactly) in pdf.js as Bespoke reads it (ActualText honoured), raw pdf.js, and poppler's
// pdftotext; icon junk, split and joined words; pages equal; rendered pixels that changed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkTextLayer, planTextLayerFixes, sourceWords, type TextLayerReport } from '../../lib/pdf-check';
import { readWithPdftotext } from '../../lib/pdf-check/node/pdftotext';
import { extractPdfLinesNode } from '../../lib/tailor/node/pdf-text-node';
import { createNodeTexEngine } from '../../lib/tex/node';
import { readDiskProject } from '../../lib/pdf-check/node/project';
import type { TexProject } from '../../lib/tailor';
import { countPdfPages } from '../../lib/tex/pdf-meta';
import { pixelDiff } from './pixel-diff';

interface Row { name: string; main: string }

type EngineName = 'pdflatex' | 'xelatex';

function readRows(dir: string, manifest: string | undefined, wanted: EngineName): Row[] {
  const path = manifest ?? (existsSync(join(dir, 'MANIFEST.tsv')) ? join(dir, 'MANIFEST.tsv') : join(import.meta.dirname, '../tex/eval/projects.tsv'));
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const cols = head!.split('\t');
  const at = (...names: string[]): number => cols.findIndex((c) => names.includes(c));
  const [name, main, engine, nativeResult, declared, nativeOk] = [at('name', 'short_name'), at('main_file', 'main_path'), at('engine'), at('native_pdflatex_result'), at('engine_declared'), at('native_ok')];
  // The corpus has no engine column: pdfLaTeX rows are those native pdflatex compiles, XeLaTeX
  // rows those whose declared engine starts with xelatex.
  // A gathered set's rows that native TeX itself cannot build (a missing photo, a removed
  // package) have no reference to read against: only native_ok "yes" rows are measured.
  const isWanted = (c: string[]): boolean => (nativeOk >= 0 && c[nativeOk] !== 'yes' ? false : engine >= 0 ? c[engine] === wanted
    : wanted === 'pdflatex' ? (c[nativeResult] ?? '').startsWith('OK') : /^xelatex/.test(c[declared] ?? ''));
  return lines.map((l) => l.split('\t')).filter(isWanted)
    // The corpus names its main file with notes: "a.tex (+ b.tex)".
    .map((c) => ({ name: c[name]!, main: c[main]!.split(/\s/)[0]! }));
}

async function reports(pdf: Uint8Array, project: TexProject): Promise<Record<string, TextLayerReport>> {
  const src = sourceWords(project);
  return {
    bespoke: checkTextLayer(await extractPdfLinesNode(pdf), src, 'pdf.js+ActualText'),
    pdfjs: checkTextLayer(await extractPdfLinesNode(pdf, { actualText: false }), src, 'pdf.js'),
    poppler: checkTextLayer(readWithPdftotext(pdf), src, 'pdftotext'),
  };
}

const arg = (name: string): string | undefined => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const dir = process.argv[2];
if (!dir || dir.startsWith('--')) {
  console.error('usage: npm run eval:text-layer -- DIR [--manifest FILE] [--only a,b] [--out report.json]');
  process.exit(2);
}
const only = arg('--only')?.split(',');
const texEngine: EngineName = arg('--engine') === 'xelatex' ? 'xelatex' : 'pdflatex';
const rows = readRows(dir, arg('--manifest'), texEngine).filter((r) => !only || only.includes(r.name));
const engine = createNodeTexEngine();
const pct = (r: TextLayerReport | undefined): string => (r ? (100 * r.readsAsWritten).toFixed(1).padStart(5) : '   --');
const flags = (r: TextLayerReport): string => `j${r.junkGlyphs} s${r.splitWords} J${r.joinedWords}`;
const results: Record<string, unknown>[] = [];
console.log(`${'project'.padEnd(40)} before: bespoke pdfjs poppler | after: bespoke pdfjs poppler | pages | pixels | fixes`);
for (const row of rows) {
  const root = join(dir, row.name);
  if (!existsSync(join(root, row.main))) { console.log(`${row.name.padEnd(40)} main file missing`); continue; }
  const disk = readDiskProject(root, row.main);
  const { files, project: master } = disk;
  // --reuse DIR: the PDFs an earlier --keep run made, checked again without compiling.
  const reuse = arg('--reuse');
  const kept = (f: string): Uint8Array | null => (reuse && existsSync(join(reuse, row.name, f)) ? new Uint8Array(readFileSync(join(reuse, row.name, f))) : null);
  const keptBefore = kept('before.pdf');
  // A kept master's own verdict: a master that compiled with errors (a PDF all the same) must
  // not make its fixed copy count as broken. Unknown (older keeps): only the PDF is asked for.
  const keptOk = reuse && existsSync(join(reuse, row.name, 'before-ok.txt')) ? readFileSync(join(reuse, row.name, 'before-ok.txt'), 'utf8').trim() === 'true' : false;
  const before = keptBefore ? { ok: keptOk, pdf: keptBefore, pages: await countPdfPages(keptBefore), errors: [] } : await engine.compile({ mainFile: row.main, files, timeoutMs: 120_000, engine: texEngine });
  if (!before.pdf) { console.log(`${row.name.padEnd(40)} master does not compile: ${before.errors[0]?.message.split('\n')[0] ?? '?'}`); results.push({ name: row.name, compiled: false }); continue; }
  const b = await reports(before.pdf, master);
  const plan = planTextLayerFixes(master, b.bespoke, { engine: texEngine });
  const fixedText = plan.apply(master.files[plan.file] as string);
  const fixedFiles = { ...files, ...plan.files, [plan.file]: disk.encode(plan.file, fixedText) };
  // The fixed copy is compiled again unless --reuse-after (its PDF depends on the fixes' code).
  const keptAfter = keptBefore && process.argv.includes('--reuse-after') ? kept('after.pdf') : null;
  const after = keptAfter ? { ok: true, pdf: keptAfter, pages: await countPdfPages(keptAfter), errors: [] } : await engine.compile({ mainFile: row.main, files: fixedFiles, timeoutMs: 120_000, engine: texEngine });
  const entry: Record<string, unknown> = { name: row.name, compiled: true, pagesBefore: before.pages, fixes: plan.fixes.map((f) => f.id), notes: plan.notes, before: b };
  if (!after.pdf || !after.ok && before.ok) {
    entry.fixedCompiled = false;
    entry.fixedError = after.errors[0]?.message.split('\n')[0] ?? null;
    console.log(`${row.name.padEnd(40)} ${pct(b.bespoke)} ${pct(b.pdfjs)} ${pct(b.poppler)} | FIXED COPY FAILED: ${entry.fixedError}`);
    results.push(entry);
    continue;
  }
  const a = await reports(after.pdf, { ...master, files: { ...master.files, [plan.file]: fixedText } });
  const keep = arg('--keep');
  if (keep) {
    // The PDFs and the fixed main file, to look at (or check again) without compiling.
    mkdirSync(join(keep, row.name), { recursive: true });
    writeFileSync(join(keep, row.name, 'before.pdf'), before.pdf);
    writeFileSync(join(keep, row.name, 'before-ok.txt'), String(before.ok));
    writeFileSync(join(keep, row.name, 'after.pdf'), after.pdf);
    writeFileSync(join(keep, row.name, 'fixed-main.tex'), fixedFiles[plan.file]!);
  }
  const pixels = pixelDiff(before.pdf, after.pdf);
  Object.assign(entry, { fixedCompiled: true, pagesAfter: after.pages, after: a, pixels: Math.max(0, ...pixels) });
  results.push(entry);
  console.log([row.name.padEnd(40), pct(b.bespoke), pct(b.pdfjs), pct(b.poppler), '|', pct(a.bespoke), pct(a.pdfjs), pct(a.poppler),
    '|', before.pages === after.pages ? 'same ' : `${before.pages}->${after.pages}`, '|', (100 * (entry.pixels as number)).toFixed(3).padStart(6) + '%',
    '|', plan.fixes.map((f) => f.id).join(','), '|', `bespoke ${flags(a.bespoke)} poppler ${flags(a.poppler)}`].join(' '));
  if (process.argv.includes('--verbose')) {
    for (const [k, r] of Object.entries({ 'before bespoke': b.bespoke, 'after bespoke': a.bespoke, 'after pdftotext': a.poppler })) {
      for (const p of r.problems) console.log(`    ${k}: ${p.kind} x${p.count} ${JSON.stringify(p.examples)}`);
    }
  }
}
engine.close();
const ok = results.filter((r) => r.fixedCompiled);
const pass = (r: Record<string, unknown>, k: 'bespoke' | 'poppler' | 'pdfjs'): boolean => {
  const rep = (r.after as Record<string, TextLayerReport>)[k];
  return rep.readsAsWritten >= 0.99 && rep.junkGlyphs === 0 && rep.splitWords === 0 && rep.joinedWords === 0;
};
const same = (r: Record<string, unknown>): boolean => r.pagesBefore === r.pagesAfter && (r.pixels as number) < 0.001;
const mean = (k: 'bespoke' | 'poppler' | 'pdfjs', when: 'before' | 'after'): string =>
  (100 * ok.reduce((s, r) => s + (r[when] as Record<string, TextLayerReport>)[k].readsAsWritten, 0) / Math.max(1, ok.length)).toFixed(1);
console.log(`\nprojects: ${results.length}; compiled with fixes: ${ok.length}`);
console.log(`mean reads-as-written before -> after: bespoke ${mean('bespoke', 'before')} -> ${mean('bespoke', 'after')}%, raw pdf.js ${mean('pdfjs', 'before')} -> ${mean('pdfjs', 'after')}%, pdftotext ${mean('poppler', 'before')} -> ${mean('poppler', 'after')}%`);
console.log(`>= 99% with no junk/split/joined: bespoke ${ok.filter((r) => pass(r, 'bespoke')).length}/${ok.length}, pdftotext ${ok.filter((r) => pass(r, 'poppler')).length}/${ok.length}, both ${ok.filter((r) => pass(r, 'bespoke') && pass(r, 'poppler')).length}/${ok.length}`);
console.log(`looks the same (pages equal, < 0.1% pixels changed): ${ok.filter(same).length}/${ok.length}`);
const out = arg('--out');
if (out) writeFileSync(out, JSON.stringify(results, null, 2));
process.exit(0);
