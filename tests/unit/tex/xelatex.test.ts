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
});
