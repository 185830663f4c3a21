/**
 * Node-only: a `TexCompiler` over the machine's own `pdflatex` (real pdfTeX, real TeX Live).
 * Used by the CLI and tests when the WASM engine (`@/lib/tex/node`) is not available; shell
 * escape is disabled and each compile runs in a fresh temporary folder.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CompileRequest, CompileResult, TexCompiler, TexError } from '@/lib/tex/types';

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: 'ignore', env: { ...process.env, TEXMFOUTPUT: cwd, openout_any: 'p', openin_any: 'p' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', () => { clearTimeout(timer); resolve(null); });
    child.on('close', (code) => { clearTimeout(timer); resolve(code); });
  });
}

function parseErrors(log: string): TexError[] {
  const errors: TexError[] = [];
  const lines = log.split('\n');
  lines.forEach((line, k) => {
    if (!line.startsWith('! ')) return;
    const at = lines.slice(k, k + 12).find((l) => /^l\.\d+/.test(l));
    errors.push({ file: null, line: at ? Number(at.match(/^l\.(\d+)/)![1]) : null, message: line.slice(2).trim() });
  });
  return errors;
}

/** Creates a compiler that runs `pdflatex` (at most two passes) per request. */
export function createNativePdflatex(binary = 'pdflatex'): TexCompiler {
  return {
    async compile(req: CompileRequest): Promise<CompileResult> {
      const started = Date.now();
      const dir = await mkdtemp(join(tmpdir(), 'bespoke-tex-'));
      try {
        for (const [path, content] of Object.entries(req.files)) {
          if (path.includes('..') || path.startsWith('/')) continue;
          await mkdir(dirname(join(dir, path)), { recursive: true });
          await writeFile(join(dir, path), content);
        }
        const mainDir = join(dir, dirname(req.mainFile));
        const base = req.mainFile.replace(/^.*\//, '');
        const stem = base.replace(/\.[^.]+$/, '');
        const args = ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', '-file-line-error-style=false', base];
        let log = '';
        for (let pass = 0; pass < 2; pass++) {
          const code = await run(binary, args, mainDir, req.timeoutMs ?? 60_000);
          log = await readFile(join(mainDir, `${stem}.log`), 'utf8').catch(() => '');
          if (code !== 0 || !/Rerun to get|Label\(s\) may have changed/.test(log)) break;
        }
        const pdf = await readFile(join(mainDir, `${stem}.pdf`)).then((b) => new Uint8Array(b)).catch(() => null);
        const errors = parseErrors(log);
        const pages = Number(log.match(/Output written on .*?\((\d+) pages?/s)?.[1] ?? 0);
        const missingFiles = [...log.matchAll(/File `([^']+)' not found/g)].map((m) => m[1]);
        const warnings = [...log.matchAll(/^(?:LaTeX|Package \w+) Warning: ([^\n]+)/gm)].map((m) => m[1]);
        return { ok: pdf !== null && errors.length === 0, pdf, pages, log, errors, missingFiles, warnings, ms: Date.now() - started };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
