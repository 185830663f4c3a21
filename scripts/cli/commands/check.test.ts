/** Runs the real `bespoke check` in a child process on a resume whose icons read as letters. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBespoke as bespoke } from '../run-bespoke.testing.ts';

const DIR = resolve('tests/fixtures/tex/icon-resume');

describe('bespoke check', () => {
  it('reports icon junk in the master and none in the copy with fixes, as JSON', async () => {
    const { code, stdout } = await bespoke('check', join(DIR, 'resume.tex'), '--root', DIR, '--fixed', '--json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const [pdfjs, poppler] = out.reports;
    expect(pdfjs.extractor).toBe('pdf.js');
    expect(poppler.extractor).toBe('pdftotext');
    for (const r of out.reports) {
      expect(r.junkGlyphs).toBeGreaterThan(0);
      expect(r.problems.map((p: { kind: string }) => p.kind)).toContain('junk');
    }
    expect(out.fixed.fixes.map((f: { id: string }) => f.id)).toContain('icons');
    for (const r of out.fixed.reports) {
      expect(r.junkGlyphs).toBe(0);
      expect(r.readsAsWritten).toBe(1);
    }
  }, 120_000);

  it('prints plain words and exits 1 when the PDF does not read as written', async () => {
    const { code, stdout } = await bespoke('check', join(DIR, 'resume.tex'), '--root', DIR);
    expect(code).toBe(1);
    expect(stdout).toMatch(/reads as written \d+\.\d% \(pdf\.js/);
    expect(stdout).toContain('stray glyph(s) read as text');
  }, 120_000);

  it('refuses a PDF that does not exist', async () => {
    const { code, stderr } = await bespoke('check', join(DIR, 'missing.pdf'));
    expect(code).toBe(2);
    expect(stderr).toContain('no such file');
  });
});
