import { describe, expect, it } from 'vitest';
import { compileJob } from '@/lib/tex/compile-job';
import { createNodeTexEngine } from '@/lib/tex/node';
import { loadNodeAssets } from '@/lib/tex/node-assets';
import { compileReusingPreamble, PreambleFormats } from '@/lib/tex/preamble-format';
import type { CompileRequest, CompileResult } from '@/lib/tex/types';
import { PDFDocument } from 'pdf-lib';
import { pdfText } from './corpus-text';

// The preamble format cache on the real engine: made on a preamble's second compile, proved against
// that compile, loaded from the third on; never for a preamble whose state a format cannot hold.
const assets = await loadNodeAssets();

function compiler(cache = new PreambleFormats()) {
  return (request: CompileRequest): Promise<CompileResult> =>
    compileReusingPreamble(assets, request, cache, (withAssets, req, env) => compileJob(withAssets, req, { env }));
}

const cv = (body: string, preamble = '') => ({
  mainFile: 'cv.tex',
  files: {
    'cv.tex': `\\documentclass{article}\n\\usepackage{xcolor}\n\\usepackage{mystyle}\n${preamble}\\color{teal}\n\\begin{document}\n${body}\n\\end{document}\n`,
    'mystyle.sty': '\\newcommand{\\role}[1]{\\textbf{#1}}\n',
  },
});

describe('compileReusingPreamble', () => {
  it('loads the proved format from the third compile and types the same document', async () => {
    const compile = compiler();
    const first = await compile(cv('\\role{Engineer} at Acme.'));
    const second = await compile(cv('\\role{Engineer} at Acme.'));
    const third = await compile(cv('\\role{Lead engineer} at Acme.'));
    expect([first.preambleReused, second.preambleReused, third.preambleReused]).toEqual([undefined, undefined, true]);
    expect(third.ok).toBe(true);
    expect(pdfText(third.pdf!)).toContain('Lead engineer at Acme.');
    // The colour the preamble set (a colour-stack push left on the page) still reaches the body.
    const normal = await compileJob(assets, cv('\\role{Lead engineer} at Acme.'));
    expect(third.pages).toBe(normal.pages);
    expect(pdfText(third.pdf!)).toBe(pdfText(normal.pdf!));
  });

  it('in the engine\'s worker, makes the format after the second compile\'s reply, before the third starts', async () => {
    const engine = createNodeTexEngine();
    try {
      const request = cv('\\role{Engineer} at Acme.');
      const [first, second] = [await engine.compile(request), await engine.compile(request)];
      expect([first.preambleReused, second.preambleReused]).toEqual([undefined, undefined]);
      const third = await engine.compile(cv('\\role{Lead engineer} at Acme.'));
      expect(third.preambleReused).toBe(true);
      expect(pdfText(third.pdf!)).toContain('Lead engineer at Acme.');
    } finally {
      engine.close();
    }
  });

  it('keeps the vertical list state the preamble left (\\vspace* at the top spaces the first line from \\prevdepth)', async () => {
    const compile = compiler();
    const request = cv('\\vspace*{2pt}\\role{Engineer}.', '\\prevdepth=0pt\n');
    await compile(request);
    await compile(request);
    expect((await compile(request)).preambleReused).toBe(true);
  });

  it('says the preamble\'s \\pdfinfo again on a run on the format (pdfTeX keeps it outside the format)', async () => {
    const compile = compiler();
    const request = cv('Body.', '\\pdfinfo{/Author (Jane Doe) /Title (Jane Doe CV)}\n');
    await compile(request);
    await compile(request);
    const reused = await compile(request);
    expect(reused.preambleReused).toBe(true);
    const info = await PDFDocument.load(reused.pdf!, { updateMetadata: false });
    expect([info.getAuthor(), info.getTitle()]).toEqual(['Jane Doe', 'Jane Doe CV']);
  });

  it('makes no format for a preamble that changed, and none from a changed package file', async () => {
    const compile = compiler();
    await compile(cv('A.'));
    await compile(cv('A.'));
    expect((await compile(cv('B.'))).preambleReused).toBe(true);
    expect((await compile(cv('B.', '\\usepackage{xcolor}\n'))).preambleReused).toBeUndefined();
    const changed = cv('\\role{C}.');
    changed.files['mystyle.sty'] = '\\newcommand{\\role}[1]{\\emph{#1} (role)}\n';
    const result = await compile(changed);
    expect(result.preambleReused).toBeUndefined();
    expect(pdfText(result.pdf!)).toContain('C (role).');
  });

  it('reuses a preamble the main file inputs from another file, until that file changes', async () => {
    const compile = compiler();
    const project = (color: string) => ({
      mainFile: 'cv.tex',
      files: { 'cv.tex': '\\input{preamble}\n\\begin{document}\nBody.\n\\end{document}\n', 'preamble.tex': `\\documentclass{article}\n\\usepackage{xcolor}\\color{${color}}\n` },
    });
    await compile(project('teal'));
    await compile(project('teal'));
    expect((await compile(project('teal'))).preambleReused).toBe(true);
    expect((await compile(project('red'))).preambleReused).toBeUndefined();
  });

  it('reports an error in the body with its own line when the format is loaded', async () => {
    const compile = compiler();
    await compile(cv('Fine.'));
    await compile(cv('Fine.'));
    const broken = await compile(cv('Fine.\n\\undefinedcommand'));
    expect(broken.preambleReused).toBe(true);
    expect(broken.ok).toBe(false);
    // Line 7 of the user's file, as a normal compile says: the blanked preamble keeps the numbering.
    expect(broken.errors[0]).toMatchObject({ file: expect.stringContaining('cv.tex'), line: 7 });
  });

  it('never reuses a preamble that makes PDF objects or writes files (a format cannot hold them)', async () => {
    const compile = compiler();
    const withObject = cv('Body.', '\\immediate\\pdfobj{<< /Type /Bespoke >>}\\pdfcatalog{/BespokeProbe \\the\\pdflastobj\\space 0 R}\n');
    const withFile = cv('Body.', '\\begin{filecontents}[force]{skills.tex}\nTypeScript\n\\end{filecontents}\n');
    withFile.files['cv.tex'] = withFile.files['cv.tex'].replace('Body.', '\\input{skills}');
    for (const request of [withObject, withFile]) {
      const results = [await compile(request), await compile(request), await compile(request)];
      expect(results.map((r) => r.preambleReused)).toEqual([undefined, undefined, undefined]);
      expect(results.every((r) => r.ok)).toBe(true);
    }
    expect(pdfText((await compile(withFile)).pdf!)).toContain('TypeScript');
  });

  it('never reuses the preamble of a document written for Biber (its compile ran a copy set to the BibTeX backend)', async () => {
    const compile = compiler();
    const request = {
      mainFile: 'cv.tex',
      files: {
        'cv.tex': '\\documentclass{article}\n\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n\\begin{document}\nPublications.\\nocite{*}\\printbibliography\n\\end{document}\n',
        'refs.bib': '@book{knuth84, author = {Donald E. Knuth}, title = {The {\\TeX}book}, publisher = {Addison-Wesley}, year = {1984}}\n',
      },
    };
    const results = [await compile(request), await compile(request), await compile(request)];
    expect(results.map((r) => r.preambleReused)).toEqual([undefined, undefined, undefined]);
    expect(pdfText(results[2]!.pdf!)).toContain('Knuth');
  });
});
