import { beforeAll, describe, expect, it } from 'vitest';
import { extractPdfLinesNode } from '../tailor/node/pdf-text-node';
import { createTailorTexEngine } from '../tailor/node/tex-engine';
import { planTextLayerFixes } from './fixes';

// moderncv sets the name as `\firstnamestyle{\@firstname}~\lastnamestyle{\@lastname}`: a tie in
// the body font between two words at 34 pt. pdfTeX writes no space character for a gap that
// narrow next to glyphs that large, and pdf.js read "JeanComets" (five gathered CVs, one with
// babel, whose own ~ never calls \nobreakspace).
const BODY = String.raw`\documentclass{moderncv}
\moderncvstyle{classic}
\usepackage[ngerman]{babel}
\firstname{Jean}
\familyname{Comets}
\begin{document}
\makecvtitle
\section{Experience}
Fig.~1 shows a~tie in running text.
\end{document}
`;

// A wrapper per language that sets \lang and reads the one body that holds \begin{document}.
const WRAPPER = '% English\n\\def\\lang{en}\n\\input{body.tex}\n';

let compiler: Awaited<ReturnType<typeof createTailorTexEngine>>['compiler'];
beforeAll(async () => { compiler = (await createTailorTexEngine()).compiler; });

const lines = async (pdf: Uint8Array): Promise<string[]> => (await extractPdfLinesNode(pdf)).flatMap((p) => p.lines.map((l) => l.text));

describe('text-layer fixes', { timeout: 300_000 }, () => {
  it("give moderncv's last name a space character before it, and go into the file that holds \\begin{document}", async () => {
    const project = { mainFile: 'cv.tex', files: { 'cv.tex': WRAPPER, 'body.tex': BODY } };
    const master = await compiler.compile({ mainFile: 'cv.tex', files: project.files, timeoutMs: 120_000 });
    expect(master.ok).toBe(true);
    expect(await lines(master.pdf!)).toContain('JeanComets');

    const plan = planTextLayerFixes(project, null);
    expect(plan.file).toBe('body.tex');
    expect(plan.notes.join(' ')).not.toMatch(/no fixes could be added/);
    const fixedBody = plan.apply(BODY);
    expect(fixedBody).toContain('\\pdffakespace');
    const fixed = await compiler.compile({ mainFile: 'cv.tex', files: { ...project.files, ...plan.files, 'body.tex': fixedBody }, timeoutMs: 120_000 });
    expect(fixed.errors.map((e) => e.message)).toEqual([]);
    const read = await lines(fixed.pdf!);
    expect(read).toContain('Jean Comets');
    // Ties elsewhere read as they did.
    expect(read.join('\n')).toContain('Fig. 1 shows a tie in running text.');
  });

  it('say so when no file holds \\begin{document}', () => {
    const plan = planTextLayerFixes({ mainFile: 'cv.tex', files: { 'cv.tex': WRAPPER } }, null);
    expect(plan.file).toBe('cv.tex');
    expect(plan.notes.join(' ')).toMatch(/no fixes could be added/);
    expect(plan.apply(WRAPPER)).toBe(WRAPPER);
  });
});
