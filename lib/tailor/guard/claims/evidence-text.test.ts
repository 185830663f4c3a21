import { describe, expect, it } from 'vitest';
import { citedHasWord, evidenceOf, hasExpansion, hasWordOrLetterSwap, hasWordOrTypo, withinOneEdit } from './evidence-text';

describe('evidence lookups', () => {
  it('one edit apart: added, dropped or changed letter', () => {
    expect(withinOneEdit('apartments', 'appartments')).toBe(true);
    expect(withinOneEdit('sciences', 'sciencies')).toBe(true);
    expect(withinOneEdit('injection', 'ingestion')).toBe(false);
  });

  it('a typo fix is backed for long words with the same first letter only', () => {
    const ev = evidenceOf(['Found appartments for students; used React']);
    expect(hasWordOrTypo(ev, 'apartments')).toBe(true);
    expect(hasWordOrTypo(ev, 'reach')).toBe(false);
  });

  it('letters typed in the wrong order back the corrected word, the first letter kept', () => {
    const ev = evidenceOf(['Intermediate knowledge of Phyton and Matlab']);
    expect(hasWordOrLetterSwap(ev, 'python')).toBe(true);
    expect(hasWordOrTypo(ev, 'python')).toBe(false);
    // The same letters under another first letter make another word.
    expect(hasWordOrLetterSwap(evidenceOf(['Used Stata']), 'tasta')).toBe(false);
  });

  it('lower-case initials back a short acronym only inside the cited lines', () => {
    const ev = evidenceOf(['Wrote the tests'], ['pasta, milk, pepper and other groceries']);
    expect(hasExpansion(ev, 'PMP')).toBe(false);
    expect(hasExpansion(evidenceOf(['set up continuous integration']), 'CI')).toBe(true);
  });

  it('the initials of a name skip its small words ("Information and Communication Technologies" is ICT)', () => {
    expect(hasExpansion(evidenceOf(['Deputy Chairman of the Trade Union for Information and Communication Technologies']), 'ICT')).toBe(true);
    expect(hasExpansion(evidenceOf(['Information about Communication Technologies']), 'ICT')).toBe(false);
  });

  it('cited words, hyphenated or not', () => {
    const ev = evidenceOf(['Ran large scale surveys'], ['Company-wide awards']);
    expect(citedHasWord(ev, 'large-scale')).toBe(true);
    expect(citedHasWord(ev, 'company-wide')).toBe(false);
  });
});
