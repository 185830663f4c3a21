import { describe, expect, it } from 'vitest';
import { pixelDiff } from '../../scripts/eval/pixel-diff';
import { extractPdfLinesNode } from '../tailor/node/pdf-text-node';
import { createTailorTexEngine } from '../tailor/node/tex-engine';
import { CORPUS, loadCorpusResume, type CorpusResume } from '../tailor/testing/corpus';
import { checkTextLayer } from './check';
import { planTextLayerFixes } from './fixes';
import { readWithPdftotext } from './node/pdftotext';
import { sourceWords } from './source-words';

// XeLaTeX templates, one per mechanism the XeTeX fixes cover: a letter-spaced name (fontspec's
// LetterSpace, read back as "M C D OW E L L" until XeTeX gives each run its typed text), hyphens
// a font maps to U+2011 (Awesome-CV's fonts), and icons drawn through Awesome-CV's own
// fontawesome.sty `\FA` switch (private-use code points until given an empty ActualText).
const CASES: CorpusResume[] = [
  CORPUS.find((c) => c.name === 'mcdowell-cv')!,
  CORPUS.find((c) => c.name === 'awesome-cv')!,
  { name: 'awesomecv-ocallaghan', main: 'awesomecv-ocallaghan/cv.tex', pdflatex: false },
];

describe('text-layer fixes on XeLaTeX corpus templates', { timeout: 600_000 }, () => {
  for (const resume of CASES) {
    it(`${resume.name}: the fixed copy has no junk or split words in either extractor and looks the same`, async () => {
      const { compiler } = await createTailorTexEngine();
      const project = { ...loadCorpusResume(resume), engine: 'xelatex' as const };
      const before = await compiler.compile({ mainFile: project.mainFile, files: project.files, engine: 'xelatex', timeoutMs: 240_000 });
      expect(before.pdf).not.toBeNull();
      const src = sourceWords(project);
      const masterPoppler = checkTextLayer(readWithPdftotext(before.pdf!), src, 'pdftotext');
      // The master shows the problem the fix is for.
      expect(masterPoppler.junkGlyphs + masterPoppler.splitWords).toBeGreaterThan(0);

      const plan = planTextLayerFixes(project, masterPoppler);
      expect(plan.fixes.map((f) => f.id)).toContain('actual-text');
      const fixedMain = plan.apply(project.files[project.mainFile] as string);
      const fixedProject = { ...project, files: { ...project.files, [project.mainFile]: fixedMain } };
      const after = await compiler.compile({ mainFile: project.mainFile, files: fixedProject.files, engine: 'xelatex', timeoutMs: 240_000 });
      expect(after.ok).toBe(true);
      const fixedSrc = sourceWords(fixedProject);
      const reports = [
        checkTextLayer(await extractPdfLinesNode(after.pdf!), fixedSrc, 'pdf.js+ActualText'),
        checkTextLayer(readWithPdftotext(after.pdf!), fixedSrc, 'pdftotext'),
      ];
      for (const r of reports) {
        expect(r.junkGlyphs).toBe(0);
        expect(r.splitWords).toBe(0);
        expect(r.readsAsWritten).toBeGreaterThanOrEqual(0.99);
        expect(r.readsAsWritten).toBeGreaterThanOrEqual(masterPoppler.readsAsWritten);
      }
      expect(after.pages).toBe(before.pages);
      expect(Math.max(...pixelDiff(before.pdf!, after.pdf!))).toBeLessThan(0.001);
    });
  }
});
