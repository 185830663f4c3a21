import { beforeAll, describe, expect, it } from 'vitest';
import type { TexCompiler } from '@/lib/tex/types';
import { assemble } from '../apply/assemble';
import { extractPdfTextNode } from '../node/pdf-text-node';
import { createTailorTexEngine } from '../node/tex-engine';
import { CORPUS, loadCorpusResume } from '../testing/corpus';
import { segmentProject } from './segment';

let compiler: TexCompiler;
beforeAll(async () => { compiler = (await createTailorTexEngine()).compiler; }, 120_000);

describe('segment spans sit where text can be replaced', { timeout: 180_000 }, () => {
  for (const c of CORPUS.filter((x) => x.pdflatex)) {
    it(`${c.name}: replacing every segment with a marker still compiles, and every marker is in the PDF`, async () => {
      const project = loadCorpusResume(c);
      const seg = segmentProject(project);
      const marked = assemble(seg, new Map(seg.segments.map((s, i) => [s.id, `Marker${i}x`])));
      const r = await compiler.compile({ mainFile: project.mainFile, files: { ...project.files, ...marked } });
      expect(r.ok, r.errors[0]?.message).toBe(true);
      const text = (await extractPdfTextNode(r.pdf!)).text;
      const missing = seg.segments.map((_, i) => `Marker${i}x`).filter((m) => !text.includes(m));
      expect(missing).toEqual([]);
    });
  }
});
