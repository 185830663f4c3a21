// Regenerates tests/fixtures/tex/reference/: each pdfLaTeX corpus resume compiled by the
// host's native pdflatex (Debian's TeX Live; rerun until references settle, at most 3 runs;
// BibTeX after the first run when the .aux names a database, Biber when biblatex wrote a .bcf, as latexmk would) and its text
// extracted with pdftotext. Tests compare the wasm engine against it (which runs biblatex's BibTeX backend for a Biber document).
// Run: node --import tsx scripts/tex/make-references.ts   (needs pdflatex and pdftotext)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS_RESUMES } from '../../tests/fixtures/tex/corpus-resumes';
import { REPO } from './paths';

const outDir = join(REPO, 'tests/fixtures/tex/reference');
const version = execFileSync('pdflatex', ['--version'], { encoding: 'utf8' }).split('\n')[0]!;
const meta: Record<string, { pages: number; native: string }> = {};
for (const r of CORPUS_RESUMES) {
  const work = mkdtempSync(join(tmpdir(), 'bespoke-ref-'));
  cpSync(r.dir, work, { recursive: true });
  const job = r.mainFile.replace(/\.tex$/, '');
  for (let pass = 1; pass <= 4; pass++) {
    try {
      execFileSync('pdflatex', ['-interaction=nonstopmode', '-no-shell-escape', r.mainFile], { cwd: work, stdio: 'ignore' });
    } catch (err) {
      // pdflatex exits 1 on recoverable errors in nonstopmode; the PDF is what we compare.
      console.error(`${r.name}: pdflatex pass ${pass} exited non-zero (${String((err as Error).message).slice(0, 80)})`);
    }
    if (pass === 1 && /\\bibdata\{/.test(readFileSync(join(work, `${job}.aux`), 'latin1'))) {
      try {
        execFileSync('bibtex', [job], { cwd: work, stdio: 'ignore' });
      } catch {
        console.error(`${r.name}: bibtex reported problems`);
      }
      continue;
    }
    if (pass === 1 && existsSync(join(work, `${job}.bcf`))) {
      try {
        execFileSync('biber', [job], { cwd: work, stdio: 'ignore' });
      } catch {
        console.error(`${r.name}: biber reported problems`);
      }
      continue;
    }
    const log = readFileSync(join(work, `${job}.log`), 'latin1');
    if (!/Rerun to get|Label\(s\) may have changed|Rerun LaTeX/.test(log)) break;
  }
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(work, `${job}.pdf`), '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [join(work, `${job}.pdf`)], { encoding: 'utf8' });
  meta[r.name] = { pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), native: version };
  writeFileSync(join(outDir, `${r.name}.txt`), text);
  rmSync(work, { recursive: true, force: true });
  console.error(`${r.name}: ${meta[r.name]!.pages} pages`);
}
writeFileSync(join(outDir, 'references.json'), JSON.stringify(meta, null, 2) + '\n');
