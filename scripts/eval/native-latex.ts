// Native TeX Live (Debian's pdflatex/xelatex) as a person runs it, for the evals' reference PDFs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface NativeRun {
  pdf: string | null; ms: number; log: string; work: string;
  /** The last pass ended without an error (exit 0): the project builds natively, not just leaves a PDF. */
  clean: boolean;
  /** Biber was needed and refused the .bcf (another release than the tree's biblatex): the PDF lacks the bibliography. */
  biberFailed: boolean;
}

/** The PDF at `path`, unless missing or empty (pdfTeX's "No pages of output." leaves an empty file). */
export function builtPdf(path: string): string | null {
  return existsSync(path) && statSync(path).size > 0 ? path : null;
}

/** The .aux files in `dir` that name a database: one per bibliography with multibib or bibunits. */
export function auxFilesWithDatabases(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.aux') && /\\bibdata/.test(readFileSync(join(dir, f), 'latin1')));
}

/**
 * Runs `program` on a copy of the project (the original is never written): passes until no
 * rerun is asked (at most 3), BibTeX after the first on each .aux that names a database (Biber when
 * biblatex wrote a .bcf). The caller
 * removes `work` when done with the PDF. `env` points kpathsea elsewhere (same-release-tex.ts).
 */
export function runNativeLatex(program: 'pdflatex' | 'xelatex', projectDir: string, main: string, env?: NodeJS.ProcessEnv): NativeRun {
  const work = mkdtempSync(join(tmpdir(), `${program}-native-`));
  cpSync(projectDir, work, { recursive: true });
  const cwd = join(work, dirname(main));
  const file = main.slice(main.lastIndexOf('/') + 1);
  const base = file.replace(/\.(tex|xtx|ltx)$/, '');
  const started = Date.now();
  let log = '';
  let clean = false;
  let biberFailed = false;
  for (let pass = 1; pass <= 3; pass++) {
    try {
      execFileSync(program, ['-interaction=nonstopmode', '-no-shell-escape', file], { cwd, env, stdio: 'ignore', timeout: 120_000 });
      clean = true;
    } catch {
      clean = false; // nonstopmode errors still leave a PDF to compare
    }
    log = existsSync(join(cwd, `${base}.log`)) ? readFileSync(join(cwd, `${base}.log`), 'latin1') : '';
    const databases = pass === 1 ? auxFilesWithDatabases(cwd) : [];
    if (databases.length > 0) {
      for (const aux of databases) {
        try { execFileSync('bibtex', [aux.slice(0, -4)], { cwd, env, stdio: 'ignore', timeout: 60_000 }); } catch { /* as above */ }
      }
      continue;
    }
    // biblatex's default backend, as latexmk runs it (a Biber of another release than the
    // tree's biblatex refuses the .bcf: that reference then has no bibliography).
    if (pass === 1 && existsSync(join(cwd, `${base}.bcf`))) {
      try { execFileSync('biber', [base], { cwd, env, stdio: 'ignore', timeout: 120_000 }); } catch { biberFailed = true; }
      continue;
    }
    if (!/Rerun to get|Label\(s\) may have changed/.test(log)) break;
  }
  const ms = Date.now() - started;
  const pdf = join(cwd, `${base}.pdf`);
  return { pdf: builtPdf(pdf), ms, log, work, clean, biberFailed };
}
