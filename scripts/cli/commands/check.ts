/**
 * `bespoke check MAIN.tex|FILE.pdf [--source MAIN.tex] [--fixed] [--json]`: how an ATS reads
 * the PDF's text layer — the words it yields against the words the LaTeX source writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type CliCommand } from '../command.ts';
import { checkTextLayer, formatReports, planTextLayerFixes, readsWell, sourceWords, type SourceWords, type TextLayerReport } from '../../../lib/pdf-check/index.ts';
import { hasPdftotext, readWithPdftotext } from '../../../lib/pdf-check/node/pdftotext.ts';
import { readDiskProject, type DiskProject } from '../../../lib/pdf-check/node/project.ts';
import { extractPdfLinesNode } from '../../../lib/tailor/node/pdf-text-node.ts';
import { createNodeTexEngine } from '../../../lib/tex/node.ts';
import { resolveProject } from './compile.ts';

interface Args { target: string; source: string | null; root: string | null; fixed: boolean; json: boolean }

function parseArgs(argv: string[]): Args {
  const a: Args = { target: '', source: null, root: null, fixed: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') a.json = true;
    else if (arg === '--fixed') a.fixed = true;
    else if (arg === '--source') a.source = argv[++i] ?? '';
    else if (arg.startsWith('--source=')) a.source = arg.slice(9);
    else if (arg === '--root') a.root = argv[++i] ?? '';
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else if (a.target) throw new UsageError('give one PDF or main file');
    else a.target = arg;
  }
  if (!a.target) throw new UsageError('missing MAIN.tex or FILE.pdf');
  if (a.source === '') throw new UsageError('--source needs a main .tex file');
  if (a.root === '') throw new UsageError('--root needs a folder');
  return a;
}

/** The project of a main file, as the compiler and the check read it. */
function loadProject(main: string, root: string | null): DiskProject {
  const p = resolveProject(main, root);
  return readDiskProject(p.root, p.mainFile);
}

async function check(pdf: Uint8Array, source: SourceWords): Promise<TextLayerReport[]> {
  const reports = [checkTextLayer(await extractPdfLinesNode(pdf), source, 'pdf.js')];
  if (hasPdftotext()) reports.push(checkTextLayer(readWithPdftotext(pdf), source, 'pdftotext'));
  return reports;
}

/** Without a source, a PDF's own words are its vocabulary: only glyph problems (icons, ligatures, accents) show. */
async function selfSource(pdf: Uint8Array): Promise<SourceWords> {
  const words = (await extractPdfLinesNode(pdf)).flatMap((p) => p.lines.map((l) => l.text)).join('\n');
  return sourceWords({ mainFile: 'pdf.tex', files: { 'pdf.tex': words } });
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke check MAIN.tex|FILE.pdf [--source MAIN.tex] [--root DIR] [--fixed] [--json]',
    '',
    'Reads the PDF as an ATS does (pdf.js, as Bespoke scores it, and poppler\'s pdftotext when',
    'installed) and compares its words with the words the LaTeX source writes: "reads as',
    'written" is the share read back exactly; problems are icon glyphs, split or joined words,',
    'ligatures, accents, hyphenation, columns read across, contact details only in a header.',
    'Given MAIN.tex, compiles it first (built-in pdfTeX); --fixed also compiles the copy with',
    'the fixes Bespoke applies to tailored resumes and checks that. Given a PDF, --source names',
    'its main .tex (without it, only glyph problems are found). --root: the project folder,',
    'as for `bespoke compile`.',
    'Prints plain text, or JSON with --json. Exits 1 when a PDF reads under 99% or has icon',
    'junk, split or joined words.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const out: { file: string; reports: TextLayerReport[]; fixed?: { fixes: unknown; notes: string[]; reports: TextLayerReport[] } } = { file: resolve(args.target), reports: [] };
    if (/\.pdf$/i.test(args.target)) {
      if (!existsSync(args.target)) throw new UsageError(`no such file: ${args.target}`);
      if (args.fixed) throw new UsageError('--fixed needs the LaTeX source: give MAIN.tex');
      const pdf = new Uint8Array(readFileSync(args.target));
      out.reports = await check(pdf, args.source ? sourceWords(loadProject(args.source, args.root).project) : await selfSource(pdf));
    } else {
      const disk = loadProject(args.target, args.root);
      const { project, files } = disk;
      const engine = createNodeTexEngine();
      try {
        const master = await engine.compile({ mainFile: project.mainFile, files, timeoutMs: 120_000 });
        if (!master.pdf) { process.stderr.write(`${args.target} does not compile: ${master.errors[0]?.message ?? 'no PDF'}\n`); return 1; }
        out.reports = await check(master.pdf, sourceWords(project));
        if (args.fixed) {
          const plan = planTextLayerFixes(project, out.reports[0]);
          const fixedText = plan.apply(project.files[plan.file] as string);
          const fixed = await engine.compile({ mainFile: project.mainFile, files: { ...files, ...plan.files, [plan.file]: disk.encode(plan.file, fixedText) }, timeoutMs: 120_000 });
          if (!fixed.pdf) { process.stderr.write(`the copy with fixes does not compile: ${fixed.errors[0]?.message ?? 'no PDF'}\n`); return 1; }
          out.fixed = { fixes: plan.fixes, notes: plan.notes, reports: await check(fixed.pdf, sourceWords({ ...project, files: { ...project.files, [plan.file]: fixedText } })) };
        }
      } finally {
        engine.close();
      }
    }
    if (args.json) process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    else {
      process.stdout.write(formatReports(args.target, out.reports) + '\n');
      if (out.fixed) {
        process.stdout.write(`\nWith Bespoke's fixes (${out.fixed.reports.length ? (out.fixed.fixes as { label: string }[]).map((f) => f.label).join('; ') : ''}):\n`);
        process.stdout.write(formatReports(args.target, out.fixed.reports) + '\n');
        for (const n of out.fixed.notes) process.stdout.write(`  note: ${n}\n`);
      }
    }
    const final = out.fixed?.reports ?? out.reports;
    return final.every(readsWell) ? 0 : 1;
  },
};

export default command;
