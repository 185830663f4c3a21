import { describe, expect, it } from 'vitest';
import { segmentProject } from '../segment/segment';
import { CORPUS, loadCorpusResume } from '../testing/corpus';

describe('section reordering on the corpus', () => {
  it('a template with mixed headings has no reorderable sections', () => {
    const moderncv = segmentProject(loadCorpusResume(CORPUS.find((c) => c.name === 'moderncv-v2.5.1')!));
    expect(moderncv.sectionSpans).toEqual([]);
  });
});
