import { describe, expect, it } from 'vitest';
import { compileVerdict, errorCounts, madeUsablePdf, toleratingKnownErrors } from './compile-verdict';
import type { CompileResult } from './types';

const pdf = new Uint8Array([37, 80, 68, 70]);
const base: CompileResult = { ok: false, pdf: null, pages: 0, log: '', errors: [], missingFiles: [], warnings: [], ms: 1 };
const result = (parts: Partial<CompileResult>): CompileResult => ({ ...base, ...parts });
const undefinedColor = { file: 'cv.tex', line: 40, message: "Package xcolor Error: Undefined color `sectioncolor'." };

describe('compileVerdict', () => {
  it('tells a clean compile, a PDF made despite errors, and a failure apart', () => {
    expect(compileVerdict(result({ ok: true, pdf, pages: 1 }))).toBe('clean');
    expect(compileVerdict(result({ pdf, pages: 2, errors: [undefinedColor] }))).toBe('with-errors');
    expect(compileVerdict(result({ errors: [undefinedColor] }))).toBe('failed');
  });

  it('fails a PDF made without a file the document asked for: the next step is that file', () => {
    const r = { ...base, pdf, pages: 1, missingFiles: ['photo.png'] };
    expect(compileVerdict(r)).toBe('failed');
    expect(madeUsablePdf(r)).toBe(false);
  });

  it('makes a PDF whose only missing file is the bibliography database, the file still named', () => {
    const r = { ...base, pdf, pages: 2, missingFiles: ['publications.bib'] };
    expect(compileVerdict(r)).toBe('with-errors');
    expect(madeUsablePdf(r)).toBe(true);
    expect(compileVerdict({ ...r, missingFiles: ['publications.bib', 'photo.png'] })).toBe('failed');
    expect(compileVerdict({ ...r, missingFiles: ['ieeetr.bst'] })).toBe('failed'); // a style is a TeX Live file to fetch
    expect(compileVerdict({ ...r, missingFiles: ['ieeetr.bst'], missingPackages: [{ file: 'ieeetr.bst', package: 'ieeetran', size: 1 }] })).toBe('failed');
    // A style of the person's own that was never committed (set 10's svetvaz): only the bibliography is lost.
    const own = { ...r, missingFiles: ['svetlanavaz.bst', 'svetlana_vaz.bib'], missingPackages: [{ file: 'svetlanavaz.bst', package: null, size: 0 }, { file: 'svetlana_vaz.bib', package: null, size: 0 }] };
    expect(compileVerdict(own)).toBe('with-errors');
    expect(compileVerdict({ ...r, pdf: null, pages: 0 })).toBe('failed');
  });

  it('fails a PDF with no pages', () => {
    expect(compileVerdict({ ...base, pdf, pages: 0 })).toBe('failed');
  });
});

describe('toleratingKnownErrors', () => {
  const known = errorCounts([undefinedColor]);

  it('counts an edited copy with only the original\'s errors as compiled, wherever the line moved', () => {
    const moved = { ...base, pdf, pages: 1, errors: [{ ...undefinedColor, line: 44 }] };
    const r = toleratingKnownErrors(moved, known);
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual(moved.errors); // still shown
  });

  it('leaves a copy with a new error, a missing file or no PDF failed', () => {
    const added = { ...base, pdf, pages: 1, errors: [undefinedColor, { file: 'cv.tex', line: 12, message: 'Illegal unit of measure (pt inserted).' }] };
    expect(toleratingKnownErrors(added, known).ok).toBe(false);
    expect(toleratingKnownErrors({ ...base, pdf, pages: 1, errors: [undefinedColor], missingFiles: ['x.sty'] }, known).ok).toBe(false);
    expect(toleratingKnownErrors({ ...base, errors: [undefinedColor] }, known).ok).toBe(false);
  });

  it('tolerates nothing when the original compiled clean', () => {
    expect(toleratingKnownErrors({ ...base, pdf, pages: 1, errors: [undefinedColor] }, new Map()).ok).toBe(false);
  });

  it('the same error more often than in the original is a new fault', () => {
    const twice = { ...base, pdf, pages: 1, errors: [undefinedColor, { ...undefinedColor, line: 50 }] };
    expect(toleratingKnownErrors(twice, known).ok).toBe(false);
    expect(toleratingKnownErrors(twice, errorCounts(twice.errors)).ok).toBe(true);
  });

  it('the same message in another file is another error', () => {
    expect(toleratingKnownErrors({ ...base, pdf, pages: 1, errors: [{ ...undefinedColor, file: 'other.tex' }] }, known).ok).toBe(false);
  });
});
