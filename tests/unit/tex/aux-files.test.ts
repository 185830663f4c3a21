import { describe, expect, it } from 'vitest';
import { compileJob } from '@/lib/tex/compile-job';
import { loadNodeAssets } from '@/lib/tex/node-assets';
import type { CompileRequest } from '@/lib/tex/types';
import { pdfText } from './corpus-text';

// Auxiliary files carried from one compile to the next (CompileRequest.auxFiles), on the real
// engine: counted in passes, since saving a pass is their whole point.
const assets = await loadNodeAssets();

const doc = (pagesBefore: number): string =>
  `\\documentclass{article}\\begin{document}See page \\pageref{end}.${'\\newpage Filler.'.repeat(pagesBefore)}\\newpage Body.\\label{end}\\end{document}`;

async function compileCounting(request: CompileRequest) {
  let passes = 0;
  const result = await compileJob(assets, request, { onPass: () => passes++ });
  return { result, passes };
}

describe('compileJob with auxiliary files of an earlier compile', () => {
  it('returns what TeX wrote besides the PDF and the log, and settles in one pass when references did not move', async () => {
    const first = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(0) } });
    expect(first.passes).toBe(2);
    expect(Object.keys(first.result.auxFiles ?? {})).toEqual(['cv.aux']);

    // The wording changed, the reference did not: one pass, as pdflatex in a folder where it ran before.
    const again = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(0).replace('Body.', 'Body, reworded.') }, auxFiles: first.result.auxFiles });
    expect(again.passes).toBe(1);
    expect(pdfText(again.result.pdf!)).toContain('See page 2.');
  });

  it('reruns when the carried references are out of date', async () => {
    const first = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(0) } });
    const moved = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(1) }, auxFiles: first.result.auxFiles });
    expect(moved.passes).toBe(2);
    expect(pdfText(moved.result.pdf!)).toContain('See page 3.');
  });

  it('redoes a compile that the carried files break, without them', async () => {
    const broken = { 'cv.aux': new TextEncoder().encode('\\relax\n\\commandNoPackageDefines{1}\n') };
    const { result } = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(0) }, auxFiles: broken });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(pdfText(result.pdf!)).toContain('See page 2.');
  });

  it('does not compile twice when the document itself is wrong', async () => {
    const first = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(0) } });
    const broken = await compileCounting({ mainFile: 'cv.tex', files: { 'cv.tex': doc(0).replace('Body.', 'Body \\undefinedInTheDocument.') }, auxFiles: first.result.auxFiles });
    expect(broken.result.ok).toBe(false);
    expect(broken.result.errors[0]!.file).toMatch(/cv\.tex$/);
    expect(broken.passes).toBe(1);
  });

  it('never lets a carried file replace a project file or leave the job folder', async () => {
    const files = { 'cv.tex': doc(0), 'part.tex': 'Mine.' };
    const request = {
      mainFile: 'cv.tex',
      files: { ...files, 'cv.tex': files['cv.tex'].replace('Body.', 'Body. \\input{part}') },
      auxFiles: { 'part.tex': new TextEncoder().encode('Carried.'), '../escape.aux': new TextEncoder().encode('x') },
    };
    const { result } = await compileCounting(request);
    expect(result.ok).toBe(true);
    expect(pdfText(result.pdf!)).toContain('Mine.');
    expect(pdfText(result.pdf!)).not.toContain('Carried.');
  });
});
