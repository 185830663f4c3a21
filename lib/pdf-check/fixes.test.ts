import { describe, expect, it } from 'vitest';
import { headingTex, smallCapsHeadingTex, SMALL_CAPS_TEX } from './fix-tex';
import { chooseEngine } from '@/lib/tex/engine-choice';
import { planTextLayerFixes } from './fixes';
import type { TextLayerReport } from './types';

const MAIN = '\\documentclass{twentysecondcv}\n% \\begin{document} in a comment\n\\begin{document}\n\\section{education}\nx\n\\end{document}\n';
const CLS = '\\renewcommand{\\section}[1]{\\par{\\LARGE #1}\\par}\n\\RequirePackage{fontawesome}\n';
const project = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN, 'twentysecondcv.cls': CLS } };
const report = (problems: TextLayerReport['problems']): TextLayerReport => ({ extractor: 'pdf.js', words: 10, exact: 8, readsAsWritten: 0.8, junkGlyphs: 0, splitWords: 1, joinedWords: 0, problems });

describe('planTextLayerFixes', () => {
  it('adds the guarded fixes just before \\begin{document}, never in a comment', () => {
    const plan = planTextLayerFixes(project, null);
    const out = plan.apply(MAIN);
    expect(plan.fixes.map((f) => f.id)).toEqual(['unicode-map', 'interword-spaces', 'icons']);
    expect(out.indexOf('\\pdfgentounicode=1')).toBeGreaterThan(out.indexOf('% \\begin{document} in a comment'));
    expect(out.indexOf('\\pdfgentounicode=1')).toBeLessThan(out.lastIndexOf('\\begin{document}'));
    expect(out).toContain('\\ifdefined\\pdfinterwordspaceon');
    expect(Object.keys(plan.files).sort()).toEqual(['pdftexspace.pfb', 'pdftexspace.tfm']);
    expect(out.endsWith(MAIN.slice(MAIN.lastIndexOf('\\begin{document}')))).toBe(true);
  });

  it('adds the block once: a tailored .tex kept as a new master is left as it is', () => {
    const once = planTextLayerFixes(project, null).apply(MAIN);
    expect(planTextLayerFixes({ ...project, files: { ...project.files, 'cv.tex': once } }, null).apply(once)).toBe(once);
  });

  it('puts the space font beside a main file in a sub-folder, and leaves @ as the template set it', () => {
    const plan = planTextLayerFixes({ mainFile: 'examples/cv.tex', files: { 'examples/cv.tex': MAIN } });
    expect(Object.keys(plan.files).sort()).toEqual(['examples/pdftexspace.pfb', 'examples/pdftexspace.tfm']);
    expect(plan.apply(MAIN)).not.toMatch(/\\makeat(letter|other)/);
  });

  it('keeps a template that already maps glyphs to Unicode as it is', () => {
    const plan = planTextLayerFixes({ mainFile: 'cv.tex', files: { 'cv.tex': '\\input{glyphtounicode}\\pdfgentounicode=1\n\\begin{document}\\end{document}' } });
    expect(plan.fixes.map((f) => f.id)).not.toContain('unicode-map');
  });

  it('gives a heading command that spaced a word apart the word as ActualText', () => {
    const plan = planTextLayerFixes(project, report([{ kind: 'split', message: '', count: 1, examples: ['edu cation'], pages: [1] }]));
    expect(plan.fixes.map((f) => f.id)).toContain('headings');
    expect(plan.apply(MAIN)).toContain(headingTex('section'));
    expect(headingTex('section')).toContain('\\BeginAccSupp{method=pdfstringdef,ActualText={#1}}');
    expect(() => headingTex('sec}\\evil')).toThrow();
  });

  it('notes hyphenation and columns instead of changing the look, unless allowed', () => {
    const master = report([
      { kind: 'hyphenation', message: '', count: 2, examples: ['posi- tion'], pages: [1] },
      { kind: 'order', message: '', count: 1, examples: [], pages: [] },
    ]);
    const plan = planTextLayerFixes(project, master);
    expect(plan.fixes.map((f) => f.id)).not.toContain('hyphenation');
    expect(plan.notes.join(' ')).toMatch(/hyphenation.*Not changed/);
    expect(plan.notes.join(' ')).toMatch(/columns/);
    expect(planTextLayerFixes(project, master, { allowLookChanges: true }).fixes.find((f) => f.id === 'hyphenation')).toMatchObject({ changesLook: true });
  });

  it('gives a XeLaTeX project the XeTeX fixes only (ActualText, icons), and no space font', () => {
    const xe = { ...project, engine: 'xelatex' as const };
    const plan = planTextLayerFixes(xe, null);
    expect(plan.fixes.map((f) => f.id)).toEqual(['actual-text', 'icons']);
    expect(plan.files).toEqual({});
    expect(plan.apply(MAIN)).toContain('\\XeTeXgenerateactualtext=1');
    // Without a choice, the project's own needs decide (fontspec → XeLaTeX).
    const auto = planTextLayerFixes({ mainFile: 'cv.tex', files: { 'cv.tex': '\\usepackage{fontspec}\n\\begin{document}x\\end{document}' } }, null);
    expect(auto.fixes.map((f) => f.id)).toContain('actual-text');
  });

  it('silences the icons of simpleicons, pifont dingbats and bbding, not pifont\'s Greek', () => {
    const plan = planTextLayerFixes({ mainFile: 'cv.tex', files: { 'cv.tex': '\\usepackage{pifont}\n\\begin{document}\\ding{41}\\end{document}' } }, null);
    expect(plan.fixes.map((f) => f.id)).toContain('icons');
    const out = plan.apply('\\begin{document}');
    for (const cmd of ['\\simpleicon[1]', '\\ding[1]', '@chooseSymbol\\endcsname[1]']) expect(out).toContain(cmd);
    expect(out).not.toContain('\\Pisymbol');
  });

  it('reads small capitals whole in pdfLaTeX: \\textsc, section titles, and one-argument commands that set their argument in small caps', () => {
    const cls = String.raw`\RequirePackage{charter}
\newenvironment{rSection}[1]{% heading
  \par\noindent{\large\scshape #1\par\medskip}\begin{list}{}{\setlength{\leftmargin}{0pt}}\item[]}{\end{list}}
\newcommand{\jobline}[1]{{\scshape #1} \hfill Present}
\newcommand{\anchor}[1]{\hypertarget{#1}{\scshape #1}}
\newcommand{\plainname}[1]{{\bfseries #1}}`;
    const sc = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN, 'resume.cls': cls } };
    const plan = planTextLayerFixes(sc, null);
    expect(plan.fixes.map((f) => f.id)).toContain('small-caps');
    const out = plan.apply(MAIN);
    expect(out).toContain(SMALL_CAPS_TEX);
    expect(out).toContain(smallCapsHeadingTex('rSection'));
    // Only the argument is given as ActualText ("Present" stays as it is read); an argument used
    // as a link target is left alone, since \BespokeText{…} would change the target's name.
    expect(out).toContain(smallCapsHeadingTex('jobline'));
    expect(out).not.toContain(smallCapsHeadingTex('anchor'));
    expect(out).not.toContain(smallCapsHeadingTex('plainname'));
    expect(() => smallCapsHeadingTex('a}\\evil')).toThrow();
    // A definition kept in a comment defines nothing: the live \section is left alone.
    const commented = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN, 'cv.cls': '\\RequirePackage{times}% \\renewcommand{\\section}[1]{{\\scshape #1}}\n\\renewcommand{\\section}[1]{\\bigskip{\\textsc{\\textbf{#1}}}\\hrulefill}' } };
    expect(planTextLayerFixes(commented, null).apply(MAIN)).not.toContain(smallCapsHeadingTex('section'));
    // Real small caps (Computer Modern, no base-35 font), none at all, or XeLaTeX (real small-caps
    // glyphs, its own ActualText): nothing added.
    const cm = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN, 'resume.cls': cls.replace('\\RequirePackage{charter}', '% \\RequirePackage{charter}') } };
    expect(planTextLayerFixes(cm, null).fixes.map((f) => f.id)).not.toContain('small-caps');
    expect(planTextLayerFixes({ mainFile: 'cv.tex', files: { 'cv.tex': MAIN } }, null).fixes.map((f) => f.id)).not.toContain('small-caps');
    expect(planTextLayerFixes({ ...sc, engine: 'xelatex' }, null).fixes.map((f) => f.id)).not.toContain('small-caps');
  });

  it('patches a heading once when it is both spaced out and in small caps', () => {
    const cls = '\\usepackage{mathptmx}\\renewcommand{\\section}[1]{\\par{\\LARGE\\scshape #1}\\par}';
    const both = { mainFile: 'cv.tex', files: { 'cv.tex': MAIN, 'twentysecondcv.cls': cls } };
    const out = planTextLayerFixes(both, report([{ kind: 'split', message: '', count: 1, examples: ['edu cation'], pages: [1] }])).apply(MAIN);
    expect(out).toContain(headingTex('section'));
    expect(out).not.toContain(smallCapsHeadingTex('section'));
  });

  it('never makes the engine choice switch: a fixed pdfLaTeX copy is still compiled by pdfLaTeX', () => {
    const plan = planTextLayerFixes(project, null);
    const fixed = { ...project.files, 'cv.tex': plan.apply(MAIN) };
    expect(chooseEngine('cv.tex', fixed).engine).toBe('pdflatex');
  });
});
