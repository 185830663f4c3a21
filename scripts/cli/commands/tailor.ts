/**
 * `bespoke tailor --resume MAIN.tex --job PAGE.html|TEXT.txt --out DIR`: tailors the resume to
 * the posting with the same engine as the extension and writes tailored.tex, tailored.pdf
 * and report.json. The master file is never written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError, type CliCommand } from '../command.ts';
import { parseStoredPlan, runTailor, toReport, type StoredPlan, type TailorStrength, writeCoverLetter } from '../../../lib/tailor/index.ts';
import { cliMemo } from '../cli-memo.ts';
import { loadProjectFromDisk } from '../../../lib/tailor/node/project-from-disk.ts';
import { extractPdfTextNode } from '../../../lib/tailor/node/pdf-text-node.ts';
import { nodeTextLayer } from '../../../lib/pdf-check/node/host.ts';
import { createTailorTexEngine } from '../../../lib/tailor/node/tex-engine.ts';
import type { ProviderId } from '../../../lib/llm/types.ts';
import { llmFor, loadJob } from '../../eval/inputs.ts';

const PROVIDERS = ['offline', 'openai', 'anthropic', 'google', 'mistral', 'custom'] as const;

interface Args {
  resume: string; job: string; out: string; url: string | null;
  provider: (typeof PROVIDERS)[number]; model: string | null; baseUrl: string | null;
  strength: TailorStrength; pages: number | undefined; accept: string[]; reusePlan: string | null; wholeDocument: boolean; coverLetter: boolean; quiet: boolean; pdfFixes: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { resume: '', job: '', out: '', url: null, provider: 'offline', model: null, baseUrl: null, strength: 'keywords', pages: undefined, accept: [], reusePlan: null, wholeDocument: false, coverLetter: false, quiet: false, pdfFixes: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? [argv[i].slice(0, argv[i].indexOf('=')), argv[i].slice(argv[i].indexOf('=') + 1)] : [argv[i], undefined];
    const value = () => { const v = inline ?? argv[++i]; if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`); return v; };
    switch (flag) {
      case '--resume': a.resume = value(); break;
      case '--job': a.job = value(); break;
      case '--out': a.out = value(); break;
      case '--url': a.url = value(); break;
      case '--provider': { const p = value(); if (!(PROVIDERS as readonly string[]).includes(p)) throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')}`); a.provider = p as Args['provider']; break; }
      case '--model': a.model = value(); break;
      case '--base-url': a.baseUrl = value(); break;
      case '--strength': { const s = value(); if (!['light', 'keywords', 'full'].includes(s)) throw new UsageError('--strength must be light, keywords or full'); a.strength = s as TailorStrength; break; }
      case '--pages': { const n = Number(value()); if (!Number.isInteger(n) || n < 1 || n > 20) throw new UsageError('--pages must be a whole number from 1 to 20'); a.pages = n; break; }
      case '--accept': a.accept.push(...value().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--reuse-plan': a.reusePlan = value(); break;
      case '--whole-document': a.wholeDocument = true; break;
      case '--cover-letter': a.coverLetter = true; break;
      case '--quiet': a.quiet = true; break;
      case '--no-pdf-fixes': a.pdfFixes = false; break;
      default: throw new UsageError(`unknown option ${argv[i]}`);
    }
  }
  if (!a.resume) throw new UsageError('missing --resume MAIN.tex');
  if (!a.job) throw new UsageError('missing --job PAGE.html|TEXT.txt');
  if (!a.out) throw new UsageError('missing --out DIR');
  if (a.provider === 'offline' && (a.wholeDocument || a.coverLetter)) throw new UsageError('--whole-document and --cover-letter need a model provider');
  return a;
}

/** The plan stored in an earlier report.json; a clear usage error when the file has none. */
function readPlan(path: string): StoredPlan {
  let json: unknown;
  try { json = JSON.parse(readFileSync(path, 'utf8')); } catch (cause) { throw new UsageError(`--reuse-plan: cannot read ${path} as JSON (${cause instanceof Error ? cause.message : String(cause)})`); }
  const plan = parseStoredPlan((json as { plan?: unknown } | null)?.plan);
  if (!plan) throw new UsageError(`--reuse-plan: ${path} holds no plan (use the report.json of an earlier run)`);
  return plan;
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke tailor --resume MAIN.tex --job PAGE.html|TEXT.txt --out DIR [options]',
    '',
    '  --provider P     offline (default; reorders only, no network) | openai | anthropic | google | mistral | custom',
    '  --model M        model id (defaults per provider; required for custom)',
    '  --base-url URL   API base URL (custom endpoints, proxies)',
    '  --strength S     light | keywords (default) | full',
    '  --pages N        page target (default: the master\'s page count)',
    '  --accept IDS     comma-separated ids of flagged edits whose claims are true',
    '  --reuse-plan F   re-run on the plan in an earlier report.json (no model call), e.g. with --accept',
    '  --whole-document send the whole file instead of segments',
    '  --cover-letter   also write cover-letter.tex/.pdf',
    '  --no-pdf-fixes   leave the PDF text layer as the master has it (icons, spacing; see `bespoke check`)',
    '  --url URL        the page\'s address when --job is a saved page',
    '',
    'The API key is read from BESPOKE_API_KEY. The master file is never written.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const mainPath = resolve(args.resume);
    const outDir = resolve(args.out);
    const project = loadProjectFromDisk(mainPath);
    const projectDir = dirname(mainPath);
    const outputs = ['tailored.tex', 'tailored.pdf', 'report.json', 'cover-letter.tex', 'cover-letter.pdf'].map((f) => join(outDir, f));
    if (outputs.some((o) => Object.keys(project.files).some((f) => resolve(projectDir, f) === o))) throw new UsageError('--out would overwrite a file of the resume project; choose another folder');
    const job = loadJob(resolve(args.job), args.url);
    const previousPlan = args.reusePlan ? readPlan(resolve(args.reusePlan)) : null;
    const apiKey = process.env.BESPOKE_API_KEY ?? '';
    if (args.provider !== 'offline' && args.provider !== 'custom' && !apiKey) throw new UsageError(`set BESPOKE_API_KEY for the ${args.provider} provider`);
    const llm = args.provider === 'offline' ? undefined : { ...llmFor(args.provider as ProviderId, { apiKey, model: args.model, baseUrl: args.baseUrl }), provider: args.provider as ProviderId };
    const engine = await createTailorTexEngine();
    const log = (s: string) => { if (!args.quiet) process.stderr.write(s + '\n'); };
    if (engine.fallbackReason) log(`engine: system pdflatex (${engine.fallbackReason})`);
    const result = await runTailor(
      { project, job, previousPlan, settings: { strength: args.strength, pages: args.pages, acceptFlagged: args.accept, wholeDocument: args.wholeDocument ? 'always' : 'auto', pdfFixes: args.pdfFixes } },
      { compiler: engine.compiler, pdfText: extractPdfTextNode, llm, memo: cliMemo(engine.name), textLayer: nodeTextLayer, onProgress: (e) => { if (e.status !== 'start' || e.message) log(`[${e.stage}] ${e.status}${e.ms !== undefined ? ` ${e.ms} ms` : ''}${e.message ? ` — ${e.message}` : ''}`); } },
    );
    mkdirSync(outDir, { recursive: true });
    const main = result.files[project.mainFile] ?? (project.files[project.mainFile] as string);
    writeFileSync(join(outDir, 'tailored.tex'), main);
    // Changed \input files keep their relative paths, so tailored.tex finds them beside it.
    for (const [path, text] of Object.entries(result.files)) if (path !== project.mainFile) { mkdirSync(dirname(join(outDir, path)), { recursive: true }); writeFileSync(join(outDir, path), text); }
    if (result.pdf) writeFileSync(join(outDir, 'tailored.pdf'), result.pdf);
    const report = { ...toReport(result.run), engine: engine.name, jobWarnings: job.warnings, textLayer: result.run.textLayer ?? null };
    if (args.coverLetter && llm) {
      const resumeText = (await extractPdfTextNode(result.pdf!)).text;
      const letter = await writeCoverLetter({ client: llm.client, compiler: engine.compiler }, { project, resumeText, job, acceptFlagged: false });
      writeFileSync(join(outDir, 'cover-letter.tex'), letter.tex);
      if (letter.pdf) writeFileSync(join(outDir, 'cover-letter.pdf'), letter.pdf);
      Object.assign(report, { coverLetter: { compiled: letter.compiled, paragraphs: letter.paragraphs, tokens: letter.usage } });
    }
    writeFileSync(join(outDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    const c = { applied: 0, flagged: 0, rejected: 0, dropped: 0 };
    for (const e of result.run.edits) c[e.status]++;
    process.stdout.write(`score ${report.scoreBefore} → ${report.scoreAfter ?? '–'}; pages ${result.run.pages.tailored ?? '–'}/${result.run.pages.target}; edits applied ${c.applied}, flagged ${c.flagged}, rejected ${c.rejected}, dropped ${c.dropped}; reorders ${result.run.reorders.filter((r) => r.status === 'applied').length}; wrote ${outDir}\n`);
    return result.run.compiled ? 0 : 1;
  },
};

export default command;
