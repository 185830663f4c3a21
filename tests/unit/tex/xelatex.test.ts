import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { pdfText } from './corpus-text';

// XeLaTeX projects whose fonts are named by file: a font folder left out of the repository
// still gives a PDF, with each stand-in named.
const engine = createNodeTexEngine();
afterAll(() => engine.close());

describe('XeLaTeX font files a project names but lacks', () => {
  it("compiles with TeX Live's copy or a Latin Modern stand-in, and names each", async () => {
    const main = [
      '\\documentclass{article}',
      '\\usepackage{fontspec}',
      '\\setmainfont{texgyretermes-regular}[Path = fonts/Main/, Extension = .otf]',
      '\\newfontfamily\\headingfont{Fontin-SmallCaps}[Path = fonts/Main/, Extension = .otf]',
      '\\begin{document}',
      '{\\headingfont Experience} Built the payments service.',
      '\\end{document}',
    ].join('\n');
    const r = await engine.compile({ mainFile: 'cv/resume.tex', files: { 'cv/resume.tex': main }, engine: 'xelatex' });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(pdfText(r.pdf!)).toContain('Built the payments service.');
    expect(r.warnings).toContainEqual(expect.stringMatching(/fonts\/Main\/texgyretermes-regular\.otf is not in the project; TeX Live's copy/));
    expect(r.warnings).toContainEqual(expect.stringMatching(/fonts\/Main\/Fontin-SmallCaps\.otf is not in the project or in TeX Live; Latin Modern/));
  }, 120_000);
});

describe('XeLaTeX fonts asked for by a name Bespoke does not have', () => {
  it('sets Latin Modern in their place, answering to their names, and says which', async () => {
    const main = [
      '\\documentclass{article}',
      '\\usepackage{fontspec}',
      '\\setmainfont{Gotham Rounded Book}',
      '\\newfontfamily\\headingfont{RobotoSlab-Black}',
      '\\begin{document}',
      '{\\headingfont Experience} Led the migration to Kubernetes. See page~\\pageref{end}.\\label{end}',
      '\\end{document}',
    ].join('\n');
    const r = await engine.compile({ mainFile: 'resume.tex', files: { 'resume.tex': main }, engine: 'xelatex' });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    // The passes went on: the reference is resolved, not "??".
    const text = pdfText(r.pdf!);
    expect(text).toContain('Experience Led the migration to Kubernetes. See page 1.');
    expect(r.warnings).toContainEqual(expect.stringMatching(/^Font: "Gotham Rounded Book", "RobotoSlab-Black" are not installed in Bespoke; Latin Modern \(lmroman12-regular\) stands in/));
  }, 120_000);

  it('takes a stand-in that has the letters of a Russian or Greek resume (Latin Modern has neither)', async () => {
    const main = [
      '\\documentclass{article}',
      '\\usepackage{fontspec}',
      '\\setmainfont{DejaVu Sans}',
      '\\begin{document}',
      'Персональная информация: Москва. Опыт работы — Data Scientist. Ελληνικά.',
      '\\end{document}',
    ].join('\n');
    const r = await engine.compile({ mainFile: 'resume.tex', files: { 'resume.tex': main }, engine: 'xelatex' });
    expect(r.errors).toEqual([]);
    // With Latin Modern every Cyrillic and Greek letter was an empty box: the words were gone.
    const text = pdfText(r.pdf!);
    expect(text).toContain('Персональная информация: Москва. Опыт работы — Data Scientist.');
    expect(text).toContain('Ελληνικά.');
    expect(r.warnings).toContainEqual(expect.stringMatching(/^Font: "DejaVu Sans" is not installed in Bespoke; Roboto stands in \(Latin Modern has no Cyrillic or Greek letters\)/));
  }, 120_000);
});

describe('XeLaTeX with the faces of a TeX Live font package Bespoke ships only in part', () => {
  it('stands in for faces loaded by file (ClearSans.sty: Extension = .ttf) and names them', async () => {
    // Bespoke ships Clear Sans for pdfLaTeX only. Under XeTeX the package loads its .ttf faces by
    // file name and declares Light and Thin, which fontspec tests quietly (the log names the font,
    // not the file).
    const main = ['\\documentclass{article}', '\\usepackage{fontspec}', '\\usepackage{ClearSans}', '\\begin{document}',
      'Plain {\\sffamily and sans} text.', '\\end{document}'].join('\n');
    const r = await engine.compile({ mainFile: 'main.tex', files: { 'main.tex': main } });
    expect(r.engine).toBe('xelatex');
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Plain and sans text.');
    expect(r.warnings.join('\n')).toMatch(/ClearSans-Light.*not installed in Bespoke; Latin Modern/);
  }, 120_000);

  it('stands in for every face raleway.sty declares under XeLaTeX, however many rounds the faces take', async () => {
    // Bespoke ships Raleway's five uprights for XeLaTeX; the package declares 18 faces in six
    // families, and fontspec names the missing ones a family at a time (set 6's korikhin failed).
    const main = ['\\documentclass{article}', '\\usepackage{fontspec}', '\\usepackage{raleway}', '\\begin{document}',
      'Plain {\\ralewaymedium\\itshape and medium italic} text.', '\\end{document}'].join('\n');
    const r = await engine.compile({ mainFile: 'main.tex', files: { 'main.tex': main }, engine: 'xelatex' });
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Plain and medium italic text.');
    expect(r.warnings.join('\n')).toMatch(/"Raleway-Medium-Italic".*not installed in Bespoke; Latin Modern/);
  }, 120_000);

  it("uses the shipped Black and ExtraLight faces that sourcesanspro.sty and roboto.sty declare (Awesome-CV)", async () => {
    const main = ['\\documentclass{article}', '\\usepackage{fontspec}', '\\usepackage{sourcesanspro}', '\\usepackage{roboto}',
      '\\begin{document}', '{\\sourcesansproextreme Extreme} text.', '\\end{document}'].join('\n');
    const r = await engine.compile({ mainFile: 'main.tex', files: { 'main.tex': main } });
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.startsWith('Font:'))).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Extreme text.');
  }, 120_000);
});

describe('XeLaTeX with TFM fonts', () => {
  it('makes the PDF of a document in T1 encoding (EC metrics drawn with Latin Modern through pdftex.map)', async () => {
    const main = ['\\documentclass{article}', '\\usepackage[T1]{fontenc}', '\\begin{document}',
      'Grüße, naïve café. $x^2$', '\\end{document}'].join('\n');
    const r = await engine.compile({ mainFile: 'main.tex', files: { 'main.tex': main }, engine: 'xelatex' });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(pdfText(r.pdf!)).toContain('Grüße, naïve café.');
  }, 120_000);
});
