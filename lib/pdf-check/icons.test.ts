import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfLinesNode } from '../tailor/node/pdf-text-node';
import { createTailorTexEngine } from '../tailor/node/tex-engine';
import { planTextLayerFixes } from './fixes';
import { readWithPdftotext } from './node/pdftotext';

// Icons in a boxed tcolorbox title and in running text, as a gathered CV sets them. The icon
// wrapper is robust: two gathered CVs expanded \faicon before setting it, and the fixed copy
// stopped with "Missing \endcsname" until it was (their own layout is not reproduced here).
const MAIN = String.raw`\documentclass{article}
\usepackage{fontawesome}
\usepackage{tcolorbox}
\usepackage[hidelinks]{hyperref}
\tcbuselibrary{skins}
\newtcolorbox{expbox}[1][]{enhanced, attach boxed title to top center={yshift=-2mm}, boxed title style={size=small}, fonttitle=\footnotesize, #1}
\begin{document}
\begin{expbox}[title={dec. 2016, \faicon{clock-o} 3 years}]
Built the billing service.
\end{expbox}
\faicon{phone} 555 0100
\end{document}
`;

// One engine per process, shared with the other suites (never closed here).
let compiler: Awaited<ReturnType<typeof createTailorTexEngine>>['compiler'];
beforeAll(async () => { compiler = (await createTailorTexEngine()).compiler; });

const text = (lines: { lines: { text: string }[] }[]): string => lines.flatMap((p) => p.lines.map((l) => l.text)).join('\n');

describe('icons read as nothing', { timeout: 300_000 }, () => {
  it('in a boxed title and in text: the fixed copy compiles and the icons are gone in both extractors', async () => {
    const project = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN } };
    const master = await compiler.compile({ mainFile: 'cv.tex', files: project.files, timeoutMs: 120_000 });
    expect(master.ok).toBe(true);
    const plan = planTextLayerFixes(project, null);
    expect(plan.fixes.map((f) => f.id)).toContain('icons');
    const fixed = await compiler.compile({ mainFile: 'cv.tex', files: { 'cv.tex': plan.apply(MAIN), ...plan.files }, timeoutMs: 120_000 });
    expect(fixed.errors.map((e) => e.message)).toEqual([]);
    expect(fixed.ok).toBe(true);
    for (const read of [text(await extractPdfLinesNode(fixed.pdf!)), text(readWithPdftotext(fixed.pdf!))]) {
      // Where a boxed title's pieces land in reading order differs between extractors; what
      // matters is that the words are there and the icons (clock, phone) are not.
      for (const words of ['dec. 2016,', '3 years', '555 0100']) expect(read).toContain(words);
      expect(read).not.toMatch(/[^\x20-\x7E\n]/);
    }
  });
});
