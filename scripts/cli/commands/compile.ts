/** `bespoke compile MAIN.tex|DIR [--root DIR] [--out OUT.pdf]`: compiles a LaTeX project with the wasm pdfTeX. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError, type CliCommand } from '../command.ts';
import { createNodeTexEngine } from '../../../lib/tex/node.ts';
import { readProjectDir, readProjectFolder } from '../../../lib/tex/node-project.ts';
import { chooseMainFile, ResumeImportError } from '../../../lib/resumes/import-project.ts';
import { mainFileNameProblem } from '../../../lib/tex/main-file-name.ts';
import { compileVerdict } from '../../../lib/tex/compile-verdict.ts';
import { cliMemo } from '../cli-memo.ts';

interface Args {
  main: string;
  root: string | null;
  out: string | null;
  timeoutMs: number;
  clean: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { main: '', root: null, out: null, timeoutMs: 60_000, clean: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--root') args.root = argv[++i] ?? '';
    else if (a.startsWith('--root=')) args.root = a.slice(7);
    else if (a === '--out' || a === '-o') args.out = argv[++i] ?? '';
    else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a === '--timeout') args.timeoutMs = Number(argv[++i]) * 1000;
    else if (a === '--clean') args.clean = true;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (args.main) throw new UsageError('give one main file');
    else args.main = a;
  }
  if (!args.main) throw new UsageError('missing MAIN.tex or a project folder');
  if (args.root === '') throw new UsageError('--root needs a folder');
  if (args.out === '') throw new UsageError('--out needs a file name');
  if (!Number.isFinite(args.timeoutMs) || args.timeoutMs <= 0) throw new UsageError('--timeout needs a number of seconds');
  return args;
}

/** The project folder of a main file: the nearest enclosing folder with a `.git`, else its own. */
export function defaultRoot(main: string): string {
  for (let dir = dirname(main); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return dirname(main);
  }
}

/** Resolves the command line to a project: its root folder and the main file's path inside it. */
export function resolveProject(target: string, rootArg: string | null): { root: string; mainFile: string; main: string } {
  const abs = resolve(target);
  if (/\.[A-Za-z0-9]+$/.test(target) && !/\.(tex|ltx)$/i.test(target) && !(existsSync(abs) && statSync(abs).isDirectory())) {
    throw new UsageError(`the main file must be a .tex file, got "${target}"`);
  }
  if (!existsSync(abs)) throw new UsageError(`no such file or folder: ${target}`);
  if (statSync(abs).isDirectory()) {
    const root = resolve(rootArg ?? abs);
    const files = readProjectDir(root);
    const sub = relative(root, abs).split(sep).filter(Boolean).join('/');
    const inFolder = Object.entries(files)
      .filter(([p]) => !sub || p.startsWith(`${sub}/`))
      .map(([path, content]) => ({ path, content: /\.(tex|ltx)$/i.test(path) && typeof content !== 'string' ? new TextDecoder().decode(content) : content }));
    let mainFile: string;
    try {
      mainFile = chooseMainFile(inFolder);
    } catch (err) {
      throw new UsageError(err instanceof ResumeImportError ? `${target}: ${err.message}` : String(err));
    }
    return { root, mainFile, main: join(root, mainFile) };
  }
  if (!/\.(tex|ltx)$/i.test(abs)) throw new UsageError(`the main file must be a .tex file, got "${target}"`);
  const root = resolve(rootArg ?? defaultRoot(abs));
  const mainFile = relative(root, abs).split(sep).join('/');
  if (mainFile.startsWith('..')) throw new UsageError(`${target} is not inside --root ${rootArg}`);
  return { root, mainFile, main: abs };
}

/** A remembered set of auxiliary files: path → bytes (anything else in the cache is ignored). */
function isAuxFiles(v: unknown): v is Record<string, Uint8Array> {
  return !!v && typeof v === 'object' && Object.values(v).every((b) => b instanceof Uint8Array);
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke compile MAIN.tex|DIR [--root DIR] [--out OUT.pdf] [--timeout SECONDS] [--clean]',
    '',
    'Every file under the project root is part of the project (class files, images, fonts,',
    'sibling folders the main file reads as ../x); in a root over 64 MB or 2000 files (a',
    'website with a CV in it), only TeX files, fonts and the files they name (leftOut says',
    'what was left out). The root is --root, else the nearest',
    "enclosing folder with a .git, else the main file's folder. Given a folder, the main",
    'file is the complete LaTeX document in it (shallowest; main/resume/cv preferred).',
    'Prints a JSON summary (verdict: clean; with-errors when LaTeX went on past errors and',
    'made the PDF, as Overleaf shows it; or failed); exits 1 with the parsed errors unless',
    'clean, as pdflatex does.',
    'Default output: MAIN.pdf beside MAIN.tex. Default timeout: 60 s.',
    'Like pdflatex in a folder where it ran before, a compile starts from the auxiliary',
    'files (.aux, .out, .toc …) of the last one of the same main file, kept in the cache',
    '($XDG_CACHE_HOME/bespoke, else ~/.cache/bespoke), so unchanged references settle in one',
    'pass; --clean starts without them.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const project = resolveProject(args.main, args.root);
    const badName = mainFileNameProblem(project.mainFile.slice(project.mainFile.lastIndexOf('/') + 1));
    if (badName) throw new UsageError(badName);
    const out = resolve(args.out ?? project.main.replace(/\.(tex|ltx)$/i, '.pdf'));
    const engine = createNodeTexEngine();
    const memo = cliMemo('wasm');
    const auxKey = `aux:${project.root}\0${project.mainFile}`;
    const carried = args.clean ? undefined : await memo.get(auxKey);
    const folder = readProjectFolder(project.root);
    try {
      const result = await engine.compile({
        mainFile: project.mainFile,
        files: folder.files,
        timeoutMs: args.timeoutMs,
        ...(isAuxFiles(carried) ? { auxFiles: carried } : {}),
      });
      // A cache that cannot be written costs the next compile a pass, nothing else.
      if (result.ok && result.auxFiles) await memo.set(auxKey, result.auxFiles).catch(() => undefined);
      if (result.pdf) {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, result.pdf);
      }
      const summary = {
        ok: result.ok,
        // clean | with-errors (LaTeX went on past errors and made the PDF, as Overleaf shows it) | failed
        verdict: compileVerdict(result),
        out: result.pdf ? out : null,
        pages: result.pages,
        passes: result.passes,
        ms: result.ms,
        errors: result.errors,
        missingFiles: result.missingFiles,
        missingPackages: result.missingPackages ?? [],
        warnings: result.warnings.length,
        ...(folder.leftOut ? { leftOut: folder.leftOut } : {}),
      };
      process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      return result.ok ? 0 : 1;
    } finally {
      engine.close();
    }
  },
};

export default command;
