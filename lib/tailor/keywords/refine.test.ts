import { beforeEach, describe, expect, it } from 'vitest';
import { analysePosting } from './analyse';
import { refineKeywords } from './refine';
import { forgetLoadedTaxonomies } from './taxonomy/load';

const posting = 'Requirements\n• Python and SQL\n• Experience with clinical workflows\nNice to have\n• Redis';

describe('refineKeywords', () => {
  // These tests are of the hand-written lexicon, used while no vocabulary is loaded.
  beforeEach(forgetLoadedTaxonomies);

  it('re-weights known terms and adds terms the posting really contains', () => {
    const base = analysePosting({ description: posting });
    const r = refineKeywords(base, [
      { term: 'redis', importance: 'must' },
      { term: 'clinical workflows', importance: 'must' },
      { term: 'Rust', importance: 'must' },
    ], posting);
    expect(r.keywords.find((k) => k.term === 'Redis')!.importance).toBe('must');
    expect(r.keywords.find((k) => k.term === 'clinical workflows')).toMatchObject({ category: 'other', importance: 'must', mentions: 1 });
    expect(r.ignored).toEqual(['Rust']);
    expect(r.changes).toEqual(['Redis: nice → must', 'added clinical workflows (must)']);
    expect(base.find((k) => k.term === 'Redis')!.importance).toBe('nice'); // the input list is not mutated
  });
});
