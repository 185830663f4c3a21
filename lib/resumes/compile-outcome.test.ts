import { describe, expect, it } from 'vitest';
import type { CompileResult } from '@/lib/tex/types';
import { compileOutcome } from './compile-outcome';

const base: CompileResult = { ok: false, pdf: null, pages: 0, log: '', errors: [], missingFiles: [], warnings: [], ms: 10 };

describe('why a master is a draft, and what to do', () => {
  it('a compiled master has no reason and no next step', () => {
    expect(compileOutcome({ ...base, ok: true, pages: 1 })).toEqual({ ok: true });
  });

  it('a LaTeX error: its file, line and message; fix that line, then replace the files', () => {
    const out = compileOutcome({ ...base, errors: [{ file: 'sections/work.tex', line: 3, message: 'Undefined control sequence \\Pyhton.' }, { file: 'cv.tex', line: 9, message: 'later' }] });
    expect(out).toEqual({
      ok: false,
      reason: 'sections/work.tex:3 Undefined control sequence \\Pyhton.',
      next: "Fix line 3 of sections/work.tex in your project, then replace this resume's files.",
    });
  });

  it('a PDF made despite a LaTeX error: usable, marked, with the line to fix', () => {
    const out = compileOutcome({ ...base, pdf: new Uint8Array([1]), pages: 2, errors: [{ file: 'cv.tex', line: 40, message: "Package xcolor Error: Undefined color `sectioncolor'." }] });
    expect(out).toEqual({
      ok: false,
      withErrors: true,
      reason: "cv.tex:40 Package xcolor Error: Undefined color `sectioncolor'.",
      next: 'Its PDF is made despite the error and can be tailored; fix line 40 of cv.tex to clear it.',
    });
  });

  it('a missing file comes before the error it causes: add the file', () => {
    const out = compileOutcome({ ...base, missingFiles: ['awesome.sty'], errors: [{ file: 'cv.tex', line: 2, message: "File `awesome.sty' not found." }] });
    expect(out.reason).toBe('Missing file: awesome.sty.');
    expect(out.next).toMatch(/^Add the file/);
  });

  it('a missing file TeX Live has: fetch the package', () => {
    const out = compileOutcome({ ...base, missingFiles: ['curve.cls'], missingPackages: [{ file: 'curve.cls', package: 'curve', size: 1 }] });
    expect(out.reason).toBe('Needs curve from TeX Live (for curve.cls).');
    expect(out.next).toMatch(/fetch the package/);
  });

  it('a METAFONT-only font: no package to fetch, an outline font to load instead', () => {
    const out = compileOutcome({ ...base, missingFiles: ['cmbcsc10'], missingPackages: [{ file: 'cmbcsc10', package: 'cm-mf-extra-bold', size: 0, metafontOnly: true }] });
    expect(out.reason).toBe('Uses the METAFONT font cmbcsc10, which METAFONT could not draw here (no outline in TeX Live).');
    expect(out.next).toBe('Load \\usepackage[T1]{fontenc} or \\usepackage{lmodern}, or another font with Type 1 outlines.');
  });

  it('no error named: says so and points at the log; long messages are clipped to one line', () => {
    expect(compileOutcome(base).next).toMatch(/log/);
    const long = compileOutcome({ ...base, errors: [{ file: null, line: null, message: 'x'.repeat(400) }] });
    expect(long.reason!.length).toBeLessThanOrEqual(160);
    expect(long.next).toMatch(/first error/);
  });
});
