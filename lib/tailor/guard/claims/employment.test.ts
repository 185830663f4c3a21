import { describe, expect, it } from 'vitest';
import { employmentClaims } from './employment';
import { evidenceOf } from './evidence-text';
import { wordsOf } from './words';

const claims = (text: string, cited: string, shared: string[] = []) => employmentClaims(wordsOf(text), text, evidenceOf([cited], shared)).map((c) => c.text);

describe('employmentClaims: working for an organisation needs a line that says so', () => {
  it('flags a new internship or hire beside a known name', () => {
    expect(claims('Ran the booth at a fair sponsored by Initech, where I later interned', 'Ran the booth at a fair sponsored by Initech')).toEqual(['interned … Initech']);
    expect(claims('Built the scraper during an internship at Hooli', 'Built the scraper', ['Hooli of the north (a competitor)'])).toEqual(['internship … Hooli']);
  });

  it('accepts it when the cited lines or one heading give the relation with that name', () => {
    expect(claims('Built the scraper during my internship at Hooli', 'Built the scraper', ['Data Intern, Hooli, 2021'])).toEqual([]);
    expect(claims('Hired by Hooli to build the scraper', 'Was hired to build the scraper for Hooli')).toEqual([]);
    expect(claims('I interned for two summers', 'Summer internship')).toEqual([]);
  });
});
