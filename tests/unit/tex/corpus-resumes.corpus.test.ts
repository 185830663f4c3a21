import { afterAll, describe, expect, it } from 'vitest';
import { createNodeTexEngine } from '@/lib/tex/node';
import { readProjectDir } from '@/lib/tex/node-project';
import { CORPUS_RESUMES } from '../../fixtures/tex/corpus-resumes';
import { nativeReference, normalizeText, pdfText } from './corpus-text';

// Each pdfLaTeX resume of the shared corpus must come out of the wasm engine with the same
// pages and text as native pdflatex (references made by scripts/tex/make-references.ts).
const engine = createNodeTexEngine();
afterAll(() => engine.close());

describe('corpus resumes compile like native pdflatex', () => {
  for (const resume of CORPUS_RESUMES) {
    it(resume.name, async () => {
      const result = await engine.compile({ mainFile: resume.mainFile, files: readProjectDir(resume.dir) });
      expect(result.errors).toEqual([]);
      expect(result.missingFiles).toEqual([]);
      expect(result.ok).toBe(true);
      const ref = nativeReference(resume.name);
      expect(result.pages).toBe(ref.pages);
      expect(normalizeText(pdfText(result.pdf!))).toBe(ref.text);
    }, 60_000);
  }
});
