import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { pdfText } from './corpus-text';

// The Node engine's contract beyond single documents: queued compiles, request checks,
// user files in sub-folders, and cross-references settled by reruns.
const engine = createNodeTexEngine();
afterAll(() => engine.close());

const pages = (n: number): string =>
  `\\documentclass{article}\\begin{document}${Array.from({ length: n }, (_, i) => `Page ${i + 1}.`).join('\\newpage ')}\\end{document}`;

describe('node TeX engine', () => {
  it('runs concurrent compiles one after the other, each with its own result', async () => {
    const [a, b, c] = await Promise.all([1, 3, 2].map((n) => engine.compile({ mainFile: 'p.tex', files: { 'p.tex': pages(n) } })));
    expect([a!.pages, b!.pages, c!.pages]).toEqual([1, 3, 2]);
  });

  it('refuses a request whose main file is not in the project', async () => {
    const r = await engine.compile({ mainFile: 'cv.tex', files: { 'other.tex': 'x' } });
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toBe('The main file cv.tex is not among the project files.');
  });

  it('compiles a main file in a sub-folder with its own \\input files, settling references', async () => {
    const r = await engine.compile({
      mainFile: 'cv/main.tex',
      files: {
        'cv/main.tex': '\\documentclass{article}\\begin{document}See page \\pageref{end}.\\input{parts/body}\\end{document}',
        'cv/parts/body.tex': '\\newpage Body.\\label{end}',
      },
    });
    expect(r.errors).toEqual([]);
    expect(r.pages).toBe(2);
    // The second pass resolved the reference: no "undefined references" warning remains.
    expect(r.warnings.join('\n')).not.toMatch(/undefined/);
    expect(pdfText(r.pdf!)).toContain('See page 2.');
  });

  it('stops a running compile on cancel, and the next compile still works', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const looping = engine.compile({ mainFile: 'loop.tex', files: { 'loop.tex': '\\def\\x{\\x}\\x' }, timeoutMs: 60_000 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 1000);
    await expect(looping).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(30_000);
    const after = await engine.compile({ mainFile: 'p.tex', files: { 'p.tex': pages(1) } });
    expect(after.pages).toBe(1);
  });

  it('a compile stopped for time keeps what TeX said before the loop: the error, the file it missed, the terminal as log', async () => {
    // As LaTeX's tagging code does without its .csv rules: it reports the missing file, then loops.
    const tex = "\\documentclass{article}\\begin{document}\\errmessage{LaTeX Error: File `tagpdf-parent-child.csv' not found}\\def\\x{\\x}\\x\\end{document}";
    const r = await engine.compile({ mainFile: 'loop.tex', files: { 'loop.tex': tex }, timeoutMs: 5_000 });
    expect(r.ok).toBe(false);
    expect(r.errors[0]!.message).toMatch(/^The LaTeX compile took longer than 5 s and was stopped\..*Before it stopped, TeX reported: \.\/loop\.tex:1: LaTeX Error: File `tagpdf-parent-child\.csv' not found/);
    expect(r.missingFiles).toEqual(['tagpdf-parent-child.csv']);
    expect(r.log).toContain('This is pdfTeX');
    const after = await engine.compile({ mainFile: 'p.tex', files: { 'p.tex': pages(1) } });
    expect(after.pages).toBe(1);
  }, 60_000);
});
