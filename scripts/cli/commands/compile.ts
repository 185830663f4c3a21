/** `bespoke compile MAIN.tex [--out OUT.pdf]`: compiles a LaTeX project with the wasm pdfTeX. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { UsageError, type CliCommand } from '../command.ts';
import { createNodeTexEngine } from '../../../lib/tex/node.ts';
import { readProjectDir } from '../../../lib/tex/node-project.ts';

interface Args {
  main: string;
  out: string | null;
  timeoutMs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { main: '', out: null, timeoutMs: 60_000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '-o') args.out = argv[++i] ?? '';
    else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a === '--timeout') args.timeoutMs = Number(argv[++i]) * 1000;
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (args.main) throw new UsageError('give one main file');
    else args.main = a;
  }
  if (!args.main) throw new UsageError('missing MAIN.tex');
  if (!/\.(tex|ltx)$/i.test(args.main)) throw new UsageError(`the main file must be a .tex file, got "${args.main}"`);
  if (args.out === '') throw new UsageError('--out needs a file name');
  if (!Number.isFinite(args.timeoutMs) || args.timeoutMs <= 0) throw new UsageError('--timeout needs a number of seconds');
  return args;
}

const command: CliCommand = {
  usage: [
    'Usage: bespoke compile MAIN.tex [--out OUT.pdf] [--timeout SECONDS]',
    '',
    "Every file in MAIN.tex's folder is part of the project (class files, images, fonts).",
    'Prints a JSON summary; exits 1 with the parsed errors when the compile fails.',
    'Default output: MAIN.pdf beside MAIN.tex. Default timeout: 60 s.',
  ].join('\n'),
  async run(argv) {
    const args = parseArgs(argv);
    const main = resolve(args.main);
    if (!existsSync(main) || !statSync(main).isFile()) throw new UsageError(`no such file: ${args.main}`);
    const out = resolve(args.out ?? main.replace(/\.(tex|ltx)$/i, '.pdf'));
    const engine = createNodeTexEngine();
    try {
      const result = await engine.compile({
        mainFile: basename(main),
        files: readProjectDir(dirname(main)),
        timeoutMs: args.timeoutMs,
      });
      if (result.pdf) {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, result.pdf);
      }
      const summary = {
        ok: result.ok,
        out: result.pdf ? out : null,
        pages: result.pages,
        ms: result.ms,
        errors: result.errors,
        missingFiles: result.missingFiles,
        warnings: result.warnings.length,
      };
      process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      return result.ok ? 0 : 1;
    } finally {
      engine.close();
    }
  },
};

export default command;
