import { describe, expect, it } from 'vitest';
import { claimsAgainst } from './check';
import { evidenceOf } from './evidence-text';

const claims = (rewrite: string, cited: string, shared: string[] = []) => claimsAgainst(rewrite, evidenceOf([cited], shared)).map((c) => `${c.kind}:${c.text}`);

describe('meaning-level claims in English found on unseen rewrites (session 18)', () => {
  it('reads "helped design" as taking part, in the evidence and in the rewrite', () => {
    expect(claims('Designed and built the recording setup.', 'Helped design and construct the recording setup.')).toEqual(['ownership:Designed']);
    expect(claims('Helped design and build the recording setup.', 'Helped design and construct the recording setup.')).toEqual([]);
  });

  it('reads degrees by their abbreviation', () => {
    expect(claims('B.S. and M.S. in Materials Science', 'B.S. in Materials Science')).toEqual(['credential:M.S']);
    expect(claims('B.S. in Materials Science, magna cum laude', 'B.S. in Materials Science, magna cum laude')).toEqual([]);
  });

  it('reads a length of time, a skill level, a sector and a rank written as one word', () => {
    expect(claims('Took part in a semester-long teacher program.', 'Took part in a week-long teacher program.')).toEqual(['duration:semester-long']);
    expect(claims('Database (expert level): MySQL, PostgreSQL', 'Database: MySQL, PostgreSQL')).toEqual(['credential:expert']);
    expect(claims('Analysis of threat data for the financial services sector.', 'Analysis of threat data.')).toEqual(['name:sector']);
    expect(claims('First-author manuscript published.', 'Manuscript published.')).toEqual(['scope:First-author']);
    expect(claims('Taught first-year students.', 'Taught students.')).toEqual([]);
  });

  it('accepts a tool name whose typo the rewrite fixes, a name with a small word dropped, and a code beside a known name', () => {
    expect(claims('Created a framework (SQL, Tableau) for the pipeline.', 'Created a framework (SQL, Tableu) for the pipeline.')).toEqual([]);
    expect(claims('Invited to the University of Illinois Urbana-Champaign.', 'Invited to the University of Illinois in Urbana-Champaign.')).toEqual([]);
    expect(claims('Member of the Transportation Research Board AEP50 committee.', 'AEP50 committee member.', ['Transportation Research Board'])).toEqual([]);
  });
});
