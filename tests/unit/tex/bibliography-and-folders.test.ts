import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { pdfText } from './corpus-text';

// Projects as people keep them: a main file in a sub-folder reading a sibling folder, and
// bibliographies made by BibTeX (classic, multibib, biblatex with backend=bibtex).
const engine = createNodeTexEngine();
afterAll(() => engine.close());

const REFS = `@book{knuth84, author = {Donald E. Knuth}, title = {The {\\TeX}book}, publisher = {Addison-Wesley}, year = {1984}}
@article{lamport86, author = {Leslie Lamport}, title = {Document Preparation}, journal = {TUGboat}, year = {1986}}
`;

describe('projects as folders', () => {
  it('lets a main file in a sub-folder read ../g/chart.tex of its own project', async () => {
    const r = await engine.compile({
      mainFile: 'cv/main.tex',
      files: {
        'cv/main.tex': '\\documentclass{article}\\begin{document}Before. \\input{../g/chart.tex} After.\\end{document}',
        'g/chart.tex': 'Chart from the sibling folder.',
      },
    });
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Chart from the sibling folder.');
  });

  it('finds root-relative paths and a class at the root from a main file in a sub-folder, its own neighbours first', async () => {
    const r = await engine.compile({
      mainFile: 'examples/cv.tex',
      files: {
        'examples/cv.tex': '\\documentclass{mycv}\\begin{document}\\input{src/part.tex} \\input{near}\\end{document}',
        'mycv.cls': '\\LoadClass{article}\\AtBeginDocument{Class from the root.}',
        'src/part.tex': 'Part named from the root.',
        'near.tex': 'Root near.',
        'examples/near.tex': 'Neighbour near.',
      },
    });
    expect(r.errors).toEqual([]);
    const text = pdfText(r.pdf!);
    expect(text).toContain('Class from the root.');
    expect(text).toContain('Part named from the root.');
    expect(text).toContain('Neighbour near.');
    expect(text).not.toContain('Root near.');
  });

  it('finds nothing outside the project however far a path climbs', async () => {
    const r = await engine.compile({
      mainFile: 'cv/main.tex',
      files: { 'cv/main.tex': '\\documentclass{article}\\begin{document}\\input{../../../etc/passwd}\\end{document}' },
    });
    expect(r.ok).toBe(false);
    expect(r.pdf).toBeNull();
  });

  it('finds a file named in another case, as native TeX Live does (texmf_casefold_search)', async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: { 'cv.tex': '\\documentclass{article}\\begin{document}\\input{Sections/Work.TEX}\\end{document}', 'Sections/work.tex': 'Casefolded part.' },
    });
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Casefolded part.');
  });
});

describe('bibliographies (BibTeX in WebAssembly)', () => {
  it('runs BibTeX between passes: the cited entries appear, the citation resolves', async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: {
        'cv.tex': '\\documentclass{article}\\begin{document}Publications: \\cite{knuth84}.\\bibliographystyle{plain}\\bibliography{refs}\\end{document}',
        'refs.bib': REFS,
      },
    });
    expect(r.errors).toEqual([]);
    const text = pdfText(r.pdf!);
    expect(text).toContain('Publications: [1].');
    expect(text).toContain('Donald E. Knuth');
    expect(text).not.toContain('Lamport');
    expect(r.warnings.join('\n')).not.toMatch(/Citation .* undefined/);
  });

  it("leaves alone the .aux files of other documents kept in the folder (a repository's old build)", async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: {
        'cv.tex': '\\documentclass{article}\\begin{document}No bibliography here.\\end{document}',
        // A letter built long ago beside it, with a database nobody kept; and the CV's own
        // .aux from the days it had a bibliography.
        'letter.aux': '\\relax\n\\bibstyle{plain}\n\\bibdata{publications}\n',
        'cv.aux': '\\relax\n\\bibdata{publications}\n',
      },
    });
    expect(r.errors).toEqual([]);
    expect(r.missingFiles).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('No bibliography here.');
  });

  it('still makes the bibliography of a project that keeps its own .aux as TeX writes it', async () => {
    const files = {
      'cv.tex': '\\documentclass{article}\\begin{document}See \\cite{knuth84}.\\bibliographystyle{plain}\\bibliography{refs}\\end{document}',
      'refs.bib': REFS,
    };
    const first = await engine.compile({ mainFile: 'cv.tex', files });
    const aux = first.auxFiles?.['cv.aux'];
    expect(aux).toBeDefined();
    const r = await engine.compile({ mainFile: 'cv.tex', files: { ...files, 'cv.aux': aux! } });
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Donald E. Knuth');
  });

  it('makes every bibliography of a multibib project (one .aux each)', async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: {
        'cv.tex': [
          '\\documentclass{article}\\usepackage{multibib}\\newcites{talk}{Talks}',
          '\\begin{document}Paper \\cite{knuth84}; talk \\citetalk{lamport86}.',
          '\\bibliographystyle{plain}\\bibliography{refs}\\bibliographystyletalk{plain}\\bibliographytalk{refs}\\end{document}',
        ].join('\n'),
        'refs.bib': REFS,
      },
    });
    expect(r.errors).toEqual([]);
    const text = pdfText(r.pdf!);
    expect(text).toContain('Talks');
    expect(text).toContain('Leslie Lamport');
    expect(text).toContain('Donald E. Knuth');
  });

  it('runs biblatex with backend=bibtex', async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: {
        'cv.tex': '\\documentclass{article}\\usepackage[backend=bibtex]{biblatex}\\addbibresource{refs.bib}\\begin{document}\\nocite{lamport86}\\printbibliography\\end{document}',
        'refs.bib': REFS,
      },
    });
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Lamport');
  });

  it('runs a document written for Biber with biblatex\'s BibTeX backend, on a copy, and says so', async () => {
    const files = {
      'cv.tex': '\\documentclass{article}\\usepackage[backend=biber,sorting=ydnt]{biblatex}\\addbibresource{refs.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}',
      'refs.bib': REFS,
    };
    const r = await engine.compile({ mainFile: 'cv.tex', files });
    expect(r.errors).toEqual([]);
    expect(pdfText(r.pdf!)).toContain('Lamport');
    expect(r.warnings[0]).toMatch(/biblatex for Biber, which cannot run in the browser.*BibTeX backend.*your files are unchanged/);
    expect(files['cv.tex']).toContain('backend=biber');
  });

  it('keeps the Biber run, and says how to switch, when a style needs Biber (biblatex-apa)', async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: {
        'cv.tex': '\\documentclass{article}\\usepackage[style=apa]{biblatex}\\addbibresource{refs.bib}\\begin{document}Publications.\\nocite{*}\\printbibliography\\end{document}',
        'refs.bib': REFS,
      },
    });
    expect(r.ok).toBe(true);
    expect(pdfText(r.pdf!)).toContain('Publications.');
    expect(r.warnings[0]).toMatch(/Biber, which cannot run in the browser.*backend=bibtex/);
  });

  it('names a missing .bib file as missing', async () => {
    const r = await engine.compile({
      mainFile: 'cv.tex',
      files: { 'cv.tex': '\\documentclass{article}\\begin{document}\\cite{x}\\bibliographystyle{plain}\\bibliography{nothere}\\end{document}' },
    });
    expect(r.ok).toBe(false);
    expect(r.missingFiles).toContain('nothere.bib');
  });
});
