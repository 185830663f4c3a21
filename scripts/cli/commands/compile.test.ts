/** Runs the real `bespoke compile` command in a child process, as a user would. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';
import { CORPUS_RESUMES } from '../../../tests/fixtures/tex/corpus-resumes.ts';

describe('bespoke compile', () => {
  it('compiles a project folder (class file and photo beside the main file) to the --out PDF', async () => {
    const resume = CORPUS_RESUMES.find((r) => r.name === 'twenty-seconds-cv')!;
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    cpSync(resume.dir, dir, { recursive: true });
    const out = join(dir, 'out', 'cv.pdf');
    const { code, stdout } = await bespoke('compile', join(dir, resume.mainFile), '--out', out);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ ok: true, out, pages: 1, errors: [], missingFiles: [] });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('exits 1 with the parsed errors and the missing file names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-compile-'));
    writeFileSync(join(dir, 'cv.tex'), '\\documentclass{moderncv}\n\\begin{document}x\\end{document}\n');
    const { code, stdout } = await bespoke('compile', join(dir, 'cv.tex'));
    expect(code).toBe(1);
    const summary = JSON.parse(stdout);
    expect(summary.ok).toBe(false);
    expect(summary.missingFiles).toEqual(['moderncv.cls']);
    expect(summary.errors[0].message).toContain("File `moderncv.cls' not found");
    expect(existsSync(join(dir, 'cv.pdf'))).toBe(false);
  }, 60_000);

  it('rejects a main file that is not .tex', async () => {
    const { code, stderr } = await bespoke('compile', 'resume.pdf');
    expect(code).toBe(2);
    expect(stderr).toContain('the main file must be a .tex file');
  });
});
