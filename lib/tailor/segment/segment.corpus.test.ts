import { describe, expect, it } from 'vitest';
import { assemble } from '../apply/assemble';
import { CORPUS, loadCorpusResume } from '../testing/corpus';
import { segmentProject } from './segment';

describe('segmentProject on the corpus', () => {
  for (const c of CORPUS) {
    it(`${c.name}: re-assembling skeleton + segments gives the original bytes`, () => {
      const project = loadCorpusResume(c);
      const seg = segmentProject(project);
      expect(seg.editable).toBe(true);
      expect(seg.segments.length).toBeGreaterThan(3);
      for (const file of seg.files) {
        const spans = seg.segments.filter((s) => s.file === file);
        let last = 0;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(seg.sources[file].slice(s.start, s.end)).toBe(s.text);
          last = s.end;
        }
        expect(seg.sources[file]).toBe(project.files[file]);
      }
      // Re-build from pieces; then with every segment swapped for a marker, only spans change.
      const rebuilt = assemble(seg);
      for (const file of seg.files) expect(rebuilt[file]).toBe(project.files[file]);
      const marked = assemble(seg, new Map(seg.segments.map((s) => [s.id, `<<${s.id}>>`])));
      for (const file of seg.files) {
        const src = seg.sources[file];
        let expected = '';
        let pos = 0;
        for (const s of seg.segments.filter((x) => x.file === file)) { expected += src.slice(pos, s.start) + `<<${s.id}>>`; pos = s.end; }
        expect(marked[file]).toBe(expected + src.slice(pos));
      }
    });
  }

  it('awesome-cv: follows \\input section files and ids carry the file', () => {
    const seg = segmentProject(loadCorpusResume(CORPUS.find((c) => c.name === 'awesome-cv')!));
    expect(seg.files).toContain('resume/experience.tex');
    expect(seg.files).not.toContain('resume/writing.tex'); // commented-out \input
    const exp = seg.segments.filter((s) => s.file === 'resume/experience.tex');
    expect(exp.length).toBeGreaterThan(10);
    expect(exp.every((s) => s.id.startsWith('experience:'))).toBe(true);
    expect(exp[0].text.startsWith('Led service mesh')).toBe(true); // braces of `\item {…}` stay in the skeleton
  });

  it('sb2nov: with two bullet arguments only the description is the bullet', () => {
    const seg = segmentProject(loadCorpusResume(CORPUS[1]));
    expect(seg.segments.some((s) => s.text === 'TensorFlow')).toBe(false);
    expect(seg.segments.some((s) => s.text.startsWith('TensorFlow is an open source'))).toBe(true);
  });
});
