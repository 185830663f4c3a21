import { describe, expect, it } from 'vitest';
import { askedPhrases } from './asked-phrases';
import { tokenize } from './tokens';

const phrases = (line: string): string[] => askedPhrases(line, tokenize(line)).map((r) => line.slice(r.start, r.end));

describe('askedPhrases', () => {
  it('takes the phrase after a cue, without articles and up to the next function word', () => {
    expect(phrases('Solid experience with walking robots is required.')).toEqual(['walking robots']);
    expect(phrases('You have a strong understanding of the dairy industry and its customers.')).toEqual(['dairy industry', 'its customers']);
  });

  it('follows coordinated phrases after one cue', () => {
    expect(phrases('Knowledge of genomics, proteomics or bioinformatics')).toEqual(['genomics', 'proteomics', 'bioinformatics']);
  });

  it('reads cues in other languages', () => {
    expect(phrases('Sie haben Erfahrung im Anlagenbau und Kenntnisse der Medizintechnik.')).toEqual(['Anlagenbau', 'Medizintechnik']);
    expect(phrases('Expérience en gestion de projet')).toEqual(['gestion de projet']);
  });

  it('takes nothing vague and no "high degree of"', () => {
    expect(phrases('Experience in a similar role. A high degree of independence.')).toEqual([]);
    expect(phrases('Fluent in written and spoken English')).toEqual(['English']);
  });
});
