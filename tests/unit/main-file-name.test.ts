import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTailor } from '@/lib/tailor/pipeline/run';
import { mainFileNameProblem } from '@/lib/tex/main-file-name';
import { runBespoke } from '@/scripts/cli/run-bespoke.testing';
import { importResumeProject } from '@/lib/resumes/import-project';

const DOC = '\\documentclass{article}\\begin{document}Jane Roe\\end{document}';
const UNSAFE = ['-cnf-line=openout_any=a.tex', 'cv%1.tex', 'my~cv.tex', 'my"cv.tex', 'my cv.tex', '-ini.tex', '.hidden.tex', 'a#b.tex', 'sub/-x.tex', 'cv.sty'];
const SAFE = ['resume.tex', 'Twenty-Seconds_cv.tex', 'cv+letter.v2.tex', 'src/main.tex', 'deedy_resume-openfont.xtx'];

describe('T2: main-file names pdfTeX would misread are refused', () => {
  it('the rule', () => {
    for (const name of UNSAFE) expect(mainFileNameProblem(name), name).not.toBeNull();
    for (const name of SAFE) expect(mainFileNameProblem(name), name).toBeNull();
  });

  it('at import: an unsafe name is never chosen as the main file, and alone it is refused with the reason', () => {
    for (const name of UNSAFE.filter((n) => n.endsWith('.tex'))) {
      expect(() => importResumeProject([{ path: name, bytes: new TextEncoder().encode(DOC) }])).toThrow(/plain name/);
      const both = importResumeProject([{ path: name, bytes: new TextEncoder().encode(DOC) }, { path: 'resume.tex', bytes: new TextEncoder().encode(DOC) }]);
      expect(both.mainFile).toBe('resume.tex');
    }
  });

  it('in the pipeline (extension runs and the CLI tailor)', async () => {
    await expect(runTailor({ project: { mainFile: '-cnf-line=x.tex', files: { '-cnf-line=x.tex': DOC } }, job: { description: 'Python' }, settings: { strength: 'light' } }, { compiler: { compile: () => { throw new Error('must not compile'); } } as never, pdfText: async () => ({ text: '', pages: 0 }) as never }))
      .rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/plain name/) });
  });

  it('in the CLI compile command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bespoke-t2-'));
    for (const name of ['-cnf-line=x.tex', 'cv%1.tex']) {
      writeFileSync(join(dir, name), DOC);
      const { code, stderr } = await runBespoke('compile', join(dir, name));
      expect(code, name).not.toBe(0);
      expect(stderr, name).toMatch(/plain name/);
    }
  }, 60_000);
});
