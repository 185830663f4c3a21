import { describe, expect, it } from 'vitest';
import { guardSectionOrder } from '../guard/guard';
import { segmentProject } from '../segment/segment';
import { JAKE, loadCorpusResume } from '../testing/corpus';
import { assembleWithDeletions } from './assemble-with-deletions';

const jake = segmentProject(loadCorpusResume(JAKE));

describe('section reordering', () => {
  it('finds top-level sections with their banner comments', () => {
    expect(jake.sectionSpans.map((s) => s.title)).toEqual(['Education', 'Experience', 'Projects', 'Technical Skills']);
    const src = jake.sources['resume.tex'];
    expect(src.slice(jake.sectionSpans[1].start).trimStart().startsWith('%-----------EXPERIENCE-----------')).toBe(true);
  });

  it('moves whole sections, keeps every byte, and still applies segment replacements inside them', () => {
    const out = assembleWithDeletions(jake, new Map([['b1', 'Replaced bullet text']]), new Map(), ['S1', 'S3', 'S2', 'S4'])['resume.tex'];
    const src = jake.sources['resume.tex'];
    const [s1, s2, s3, s4] = jake.sectionSpans;
    const b1 = jake.segments.find((s) => s.id === 'b1')!;
    const exp = src.slice(s2.start, b1.start) + 'Replaced bullet text' + src.slice(b1.end, s2.end);
    expect(out).toBe(src.slice(0, s1.start) + src.slice(s1.start, s1.end) + src.slice(s3.start, s3.end) + exp + src.slice(s4.start, s4.end) + src.slice(s4.end));
  });

  it('the guard keeps only permutations that change the order', () => {
    expect(guardSectionOrder(jake, ['S1', 'S3', 'S2', 'S4'])?.status).toBe('applied');
    expect(guardSectionOrder(jake, ['S1', 'S2', 'S3', 'S4'])).toBeNull();
    expect(guardSectionOrder(jake, ['S1', 'S3', 'S3', 'S4'])?.status).toBe('rejected');
    expect(guardSectionOrder(jake, null)).toBeNull();
  });
});
