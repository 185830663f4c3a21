import { describe, expect, it } from 'vitest';
import { chooseEngine } from './engine-choice';

const doc = (preamble: string) => `\\documentclass{article}\n${preamble}\n\\begin{document}Hi\\end{document}\n`;

describe('chooseEngine', () => {
  it('keeps pdfLaTeX for a plain document', () => {
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\usepackage[T1]{fontenc}') }).engine).toBe('pdflatex');
  });

  it('follows the magic comment, either way', () => {
    expect(chooseEngine('cv.tex', { 'cv.tex': `% !TEX program = xelatex\n${doc('')}` })).toMatchObject({ engine: 'xelatex' });
    expect(chooseEngine('cv.tex', { 'cv.tex': `%!TEX TS-program = lualatex\n${doc('')}` }).reason).toMatch(/lualatex.*XeLaTeX/);
    expect(chooseEngine('cv.tex', { 'cv.tex': `% !TEX program = pdflatex\n${doc('\\usepackage{fontspec}')}` }).engine).toBe('pdflatex');
  });

  it('sends fontspec, unicode-math and \\RequireXeTeX documents to XeLaTeX, naming the file', () => {
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\usepackage[no-math]{fontspec}') })).toEqual({ engine: 'xelatex', reason: 'cv.tex loads fontspec, which needs XeLaTeX' });
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\usepackage{amsmath,unicode-math}') }).engine).toBe('xelatex');
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\RequireXeTeX') }).engine).toBe('xelatex');
  });

  it('looks into the local class a document loads', () => {
    const cls = '\\ProvidesClass{awesome-cv}\n\\RequirePackage{fontspec}\n';
    const files = { 'cv.tex': doc('').replace('{article}', '[11pt]{awesome-cv}'), 'awesome-cv.cls': cls };
    expect(chooseEngine('cv.tex', files).reason).toBe('awesome-cv.cls loads fontspec, which needs XeLaTeX');
  });

  it('ignores a local class or section file the main file never loads (resume-aryant07)', () => {
    const cls = '\\ProvidesClass{awesome-cv}\n\\RequirePackage{fontspec}\n';
    const files = { 'cv-onepage.tex': doc('\\usepackage{lmodern}'), 'awesome-cv.cls': cls, 'old/cv.tex': doc('\\usepackage{fontspec}') };
    expect(chooseEngine('cv-onepage.tex', files).engine).toBe('pdflatex');
  });

  it('follows inputs, imports and packages transitively, in sub-folders', () => {
    const main = doc('\\usepackage{style/mystyle}\n\\input{sections/head}');
    const reaching = (last: Record<string, string>) => chooseEngine('cv.tex', { 'cv.tex': main, 'style/mystyle.sty': '\\RequirePackage{xcolor}', 'sections/head.tex': '\\subimport{parts/}{fonts}', ...last });
    expect(reaching({ 'sections/parts/fonts.tex': '\\usepackage{fontspec}' }).reason).toBe('sections/parts/fonts.tex loads fontspec, which needs XeLaTeX');
    expect(reaching({ 'unused/fonts2.tex': '\\usepackage{fontspec}' }).engine).toBe('pdflatex');
  });

  it('reads every .tex of the project when an input name is built by a macro', () => {
    const files = { 'cv.tex': doc('\\newcommand\\dir{parts}\n\\input{\\dir/fonts}'), 'parts/fonts.tex': '\\usepackage{fontspec}', 'unused.cls': '\\RequirePackage{fontspec}' };
    expect(chooseEngine('cv.tex', files).reason).toBe('parts/fonts.tex loads fontspec, which needs XeLaTeX');
  });

  it('ignores fontspec inside an engine test or a comment (templates that run on both engines)', () => {
    const both = '\\ifxetexorluatex\n  \\RequirePackage{fontspec}\n  \\ifdefined\\x\\fi\n\\else\n  \\RequirePackage[T1]{fontenc}\n\\fi\n';
    expect(chooseEngine('cv.tex', { 'cv.tex': doc(''), 'altacv.cls': both }).engine).toBe('pdflatex');
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('% \\usepackage{fontspec}') }).engine).toBe('pdflatex');
    // \ifthenelse{…} is a macro, not a conditional: it must not hide what follows.
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\ifthenelse{\\boolean{x}}{}{}\n\\usepackage{fontspec}') }).engine).toBe('xelatex');
  });

  it('ignores fontspec under a flag that an engine test sets (set 9 cv-herrfloating: its own ClearSans.sty)', () => {
    const clearSans = '\\RequirePackage{ifxetex}\n\\newif\\ifclear@ttf\n\\ifxetex\\clear@ttftrue\\else\\clear@ttffalse\\fi\n' +
      '\\ifclear@ttf\n  \\RequirePackage{fontspec}\n\\else\n  \\RequirePackage{fontenc,mweights}\n\\fi\n';
    const cls = '\\ProvidesClass{twentysecondcv}\n\\RequirePackage[sfdefault]{ClearSans}\n';
    const files = { 'cv.tex': doc('').replace('{article}', '{twentysecondcv}'), 'twentysecondcv.cls': cls, 'ClearSans.sty': clearSans };
    expect(chooseEngine('cv.tex', files).engine).toBe('pdflatex');
    // Without an engine test in the file, a conditional load still counts: the flag is the author's choice.
    const flagged = '\\newif\\ifmodern\\moderntrue\n\\ifmodern\\RequirePackage{fontspec}\\fi\n';
    expect(chooseEngine('cv.tex', { ...files, 'ClearSans.sty': flagged }).engine).toBe('xelatex');
  });

  it("sends a document that uses XeTeX's own primitives to XeLaTeX, unless it tests for them", () => {
    // AltaCV in XeLaTeX mode (corpus altacv-xe-dietr1ch) loads no XeTeX-only package.
    expect(chooseEngine('cv.tex', { 'cv.tex': `\\let\\pdfcreationdate=\\creationdate\n${doc('')}` }))
      .toEqual({ engine: 'xelatex', reason: 'cv.tex uses \\creationdate, which only XeTeX has' });
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\XeTeXlinebreaklocale "de"') }).engine).toBe('xelatex');
    // Written for both engines: tested for, inside an engine test, defined, or only in a comment.
    const both = '\\ifx\\XeTeXrevision\\undefined\\else\\XeTeXinterchartokenstate=1\\fi';
    expect(chooseEngine('cv.tex', { 'cv.tex': doc(''), 'x.sty': both }).engine).toBe('pdflatex');
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\ifxetex\\XeTeXlinebreaklocale "de"\\fi') }).engine).toBe('pdflatex');
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('\\let\\creationdate\\relax') }).engine).toBe('pdflatex');
    expect(chooseEngine('cv.tex', { 'cv.tex': doc('% \\let\\pdfcreationdate=\\creationdate') }).engine).toBe('pdflatex');
  });

  it('takes a .xtx main file as XeTeX', () => {
    expect(chooseEngine('resume.xtx', { 'resume.xtx': doc('') }).engine).toBe('xelatex');
  });
});
