import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfLinesNode } from '../tailor/node/pdf-text-node';
import { createTailorTexEngine } from '../tailor/node/tex-engine';
import { accentedLetters, ot1AccentsTex } from './accents';
import { planTextLayerFixes } from './fixes';
import { readWithPdftotext } from './node/pdftotext';

// LaTeX's default OT1 encoding: every accented letter is a letter with an accent glyph laid over
// it. A word at a line start (\linebreak) keeps \accent's first kern; the upper-case name goes
// through \MakeUppercase; the cedilla has its own command; an accented letter ending italic text
// gets its italic correction; in Times the cedilla is drawn over its letter after it.
const MAIN = String.raw`\documentclass{article}
\usepackage[utf8]{inputenc}
\begin{document}
Ingeniería en Matemática, Ingenier\'{\i}a, Veselí, Dračí, \MakeUppercase{Balázs}, ação, naïve\linebreak
Éva and Ève at a line start, Zürich. \textit{Café} x, \textsl{ÁÉÍ} end, {\itshape Perú\/} y.
{\fontfamily{ptm}\selectfont Langue française, Açores}.
\end{document}
`;

let compiler: Awaited<ReturnType<typeof createTailorTexEngine>>['compiler'];
beforeAll(async () => { compiler = (await createTailorTexEngine()).compiler; });

const text = (pages: { lines: { text: string }[] }[]): string => pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n');

/** The first page as poppler draws it (grey, 100 dpi). */
function rendered(pdf: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'bespoke-accents-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '100', '-gray', '-f', '1', '-l', '1', join(dir, 'a.pdf'), join(dir, 'page')]);
    return readFileSync(join(dir, readdirSync(dir).find((f) => f.endsWith('.pgm'))!));
  } finally { rmSync(dir, { recursive: true, force: true }); }
}

describe('accented letters in OT1', { timeout: 300_000 }, () => {
  it('lists the accented letters a source writes, in both cases, as UTF-8 or as TeX accents', () => {
    expect(accentedLetters(['Dra\\v{c}í % é in a comment\nação'])).toEqual(['Ã', 'Ç', 'Í', 'ã', 'ç', 'í', 'Č', 'č']);
    expect(ot1AccentsTex([])).toBe('');
    // The dotless i LaTeX sets under an accent is a key of its own.
    expect(ot1AccentsTex(['í'])).toContain('\\csname BespokeAcc:19:\\detokenize{\\i}\\endcsname{00ED}');
  });

  it('read whole in both extractors, drawn exactly where the master draws them', async () => {
    const project = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN } };
    const master = await compiler.compile({ mainFile: 'cv.tex', files: project.files, timeoutMs: 120_000 });
    expect(master.ok).toBe(true);
    expect(text(readWithPdftotext(master.pdf!))).toContain('Ingenierı́a');

    const plan = planTextLayerFixes(project, null);
    expect(plan.fixes.map((f) => f.id)).toContain('accent-text');
    const fixed = await compiler.compile({ mainFile: 'cv.tex', files: { 'cv.tex': plan.apply(MAIN), ...plan.files }, timeoutMs: 120_000 });
    expect(fixed.errors.map((e) => e.message)).toEqual([]);
    for (const read of [text(await extractPdfLinesNode(fixed.pdf!)), text(readWithPdftotext(fixed.pdf!))]) {
      for (const word of ['Ingeniería', 'Matemática,', 'Veselí,', 'Dračí,', 'BALÁZS,', 'ação,', 'naïve', 'Éva', 'Ève', 'Zürich.', 'Café', 'ÁÉÍ', 'Perú', 'française,', 'Açores.']) expect(read.split(/\s+/)).toContain(word);
    }
    // The same page: the marks have no width and the kerns are \accent's own. A glyph after a
    // mark is placed again from absolute coordinates, rounded to 0.001 bp, which may shade a
    // few pixels differently; one misplaced accent alone changes hundreds.
    const [a, b] = [rendered(master.pdf!), rendered(fixed.pdf!)];
    expect(a.length).toBe(b.length);
    let changed = 0;
    for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 60) changed++;
    expect(changed).toBeLessThan(20);
  });
});
