import { beforeAll, describe, expect, it } from 'vitest';
import { pixelDiff } from '../../scripts/eval/pixel-diff';
import { extractPdfLinesNode } from '../tailor/node/pdf-text-node';
import { createTailorTexEngine } from '../tailor/node/tex-engine';
import { checkTextLayer } from './check';
import { fixBlock, SMALL_CAPS_TEX } from './fix-tex';
import { planTextLayerFixes } from './fixes';
import { smallCapsHeadings, wrapDeclaredSmallCaps } from './small-caps';
import { readWithPdftotext } from './node/pdftotext';
import { sourceWords } from './source-words';

// Jake's résumé layout in Charter, whose small caps are faked by a virtual font (capitals drawn
// smaller): poppler reads each small-caps word in two pieces ("S UMMARY"). Headings through
// titlesec, a section-like environment, \textsc of a macro, and a name set by a declaration.
const main = (withHyperref: boolean) => String.raw`\documentclass[letterpaper,11pt]{article}
\usepackage{charter}
\usepackage{titlesec}
${withHyperref ? '\\usepackage{hyperref}' : ''}
\titleformat{\section}{\vspace{-4pt}\scshape\raggedright\large}{}{0em}{}[\titlerule]
% A numbered title under a negative \parindent: its paragraph is the sectioning code's to start.
\titleformat{\subsection}{\bfseries\scshape}{\thesubsection}{1em}{}
\setlength{\parindent}{-10pt}
\newenvironment{rSection}[1]{% a section as an environment
  \par\noindent{\large\scshape #1\par\medskip}\begin{list}{}{\setlength{\leftmargin}{0pt}}\item[]}{\end{list}}
\makeatletter\def\@cvname{Rahul Seth}\newcommand\printname{\textsc{\@cvname}}\makeatother
\begin{document}
\printname

{\Large\scshape Declared Caps}

% moderncv's \cvline: \textsc opening a top-aligned box must not move its line.
\noindent\parbox[t]{2cm}{\raggedleft 2019}\hspace{1em}\parbox[t]{8cm}{\textsc{Matlab} and Simulink}
\section{Experience}
Built payment services in Kotlin.
\subsection{Payments Team}
Owned the ledger.
\begin{rSection}{Summary}
Engineer who ships.
\end{rSection}
\end{document}
`;

// One engine per process, shared with the other suites (never closed here).
let compiler: Awaited<ReturnType<typeof createTailorTexEngine>>['compiler'];
beforeAll(async () => { compiler = (await createTailorTexEngine()).compiler; });

async function compileBoth(withHyperref: boolean) {
  const project = { mainFile: 'cv.tex', files: { 'cv.tex': main(withHyperref) } };
  const before = await compiler.compile({ mainFile: 'cv.tex', files: project.files, timeoutMs: 120_000 });
  expect(before.ok).toBe(true);
  const plan = planTextLayerFixes(project, null);
  const fixed = plan.apply(project.files['cv.tex']);
  const after = await compiler.compile({ mainFile: 'cv.tex', files: { 'cv.tex': fixed, ...plan.files }, timeoutMs: 120_000 });
  expect(after.ok).toBe(true);
  return { project, plan, before: before.pdf!, after: after.pdf! };
}

const popplerText = (pdf: Uint8Array): string => readWithPdftotext(pdf).flatMap((p) => p.lines.map((l) => l.text)).join('\n');

describe('small capitals faked by a virtual font', { timeout: 300_000 }, () => {
  it('read whole in poppler once fixed, with the same look; pdf.js reads them whole either way', async () => {
    const { project, plan, before, after } = await compileBoth(true);
    expect(plan.fixes.map((f) => f.id)).toContain('small-caps');
    const was = popplerText(before);
    // The failure this fix exists for, as poppler reads the master.
    expect(was).toMatch(/S UMMARY/);
    expect(was).toMatch(/E XPERIENCE/);
    expect(was).toMatch(/R AHUL S ETH/);
    const now = popplerText(after);
    for (const words of ['Summary', 'Experience', 'Rahul Seth', 'Matlab']) expect(now).toContain(words);
    expect(now).not.toMatch(/S UMMARY|E XPERIENCE|R AHUL/);
    // A declaration in the body: its words are given to \BespokeText in the copy.
    expect(was).toMatch(/D ECLARED C APS/);
    expect(now).toContain('Declared Caps');
    const fixedSrc = sourceWords({ ...project, files: { 'cv.tex': plan.apply(project.files['cv.tex']) } });
    expect(checkTextLayer(await extractPdfLinesNode(after), fixedSrc, 'pdf.js').splitWords).toBe(0);
    expect(Math.max(...pixelDiff(before, after))).toBeLessThan(0.001);
    // ActualText changes what is read, never what is drawn: with this fix alone, not one pixel moves.
    const withBlock = project.files['cv.tex'].replace('\\begin{document}', `${fixBlock([SMALL_CAPS_TEX])}\\begin{document}`);
    const alone = await compiler.compile({ mainFile: 'cv.tex', files: { 'cv.tex': withBlock }, timeoutMs: 120_000 });
    expect(Math.max(...pixelDiff(before, alone.pdf!))).toBe(0);
  });

  it('without hyperref, plain ASCII words are still given whole', async () => {
    const { after } = await compileBoth(false);
    const now = popplerText(after);
    for (const words of ['Summary', 'Experience', 'Rahul Seth']) expect(now).toContain(words);
  });
});

describe('where small capitals get their words as ActualText', () => {
  it('wraps the plain words of a declaration in the body, never commands, comments or the preamble', () => {
    const tex = [
      String.raw`\newcommand\x{{\scshape Preamble Words}}`,
      String.raw`\begin{document}`,
      String.raw`\textbf{\Huge \scshape James Hoang} \\ % {\scshape In A Comment}`,
      String.raw`{\sc Jürgen O'Neil-Smith}`,
      String.raw`{\Huge \scshape \textcolor{AccentColor}{\textbf{Matheus Audibert}}} {\scshape\color{blue}\bfseries Ana Lima}`,
      String.raw`{\scshape \href{https://x.org}{Link}} {\scshape Two\\Lines} {\large\scshape Summary\par}`,
      String.raw`\end{document}`,
    ].join('\n');
    const out = wrapDeclaredSmallCaps(tex);
    expect(out).toContain(String.raw`\textbf{\Huge \scshape \BespokeText{James Hoang}} \\ % {\scshape In A Comment}`);
    expect(out).toContain(String.raw`{\sc \BespokeText{Jürgen O'Neil-Smith}}`);
    // Inside commands that only style them: the innermost group.
    expect(out).toContain(String.raw`{\Huge \scshape \textcolor{AccentColor}{\textbf{\BespokeText{Matheus Audibert}}}} {\scshape\color{blue}\bfseries \BespokeText{Ana Lima}}`);
    expect(out).toContain(String.raw`{\newcommand\x{{\scshape Preamble Words}}`.slice(1));
    // A command, a line break or a \par inside: left as written.
    expect(out).toContain(String.raw`{\scshape \href{https://x.org}{Link}} {\scshape Two\\Lines} {\large\scshape Summary\par}`);
    expect(wrapDeclaredSmallCaps('no document')).toBe('no document');
  });

  it('finds headings that set their argument in small caps and use it only as text', () => {
    const cls = String.raw`
\newenvironment{rSection}[1]{\par\noindent{\large\scshape #1\par}\begin{list}{}{}}{\end{list}}
\renewcommand{\section}[1]{\phantomsection\addcontentsline{toc}{section}{#1}\noindent\llap{\scshape\smash{\parbox[t]{3cm}{#1}}}}
\newcommand{\entry}[1]{\label{#1}{\scshape #1}}
\newcommand{\plain}[1]{{\bfseries #1}}
% \newcommand{\old}[1]{{\scshape #1}}`;
    expect(smallCapsHeadings(cls).sort()).toEqual(['rSection', 'section']);
  });
});
