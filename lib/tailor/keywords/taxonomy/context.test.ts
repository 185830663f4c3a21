import { describe, expect, it } from 'vitest';
import { isAskedOf, type TermUse } from './context';

/** The use of `surface` (its first occurrence) in `line`. */
function use(term: string, category: string, line: string, surface = term, titleTerms: string[] = []): TermUse {
  const start = line.indexOf(surface);
  return { term, category, line, start, end: start + surface.length, titleTerms: new Set(titleTerms) };
}

describe('isAskedOf', () => {
  it('takes a language asked for, not a nationality or the language of the application', () => {
    expect(isAskedOf(use('Danish', 'knowledge', 'You speak Danish and English.'))).toBe(true);
    expect(isAskedOf(use('English', 'soft', 'Excellent English skills, written and spoken'))).toBe(true);
    expect(isAskedOf(use('English', 'soft', 'Fluency in English.'))).toBe(true);
    expect(isAskedOf(use('Danish', 'knowledge', 'Appointment of Academic Staff at Danish Universities'))).toBe(false);
    expect(isAskedOf(use('English', 'soft', 'The application must be submitted in English.'))).toBe(false);
  });

  it('reads a degree word naming the job ("PhD scholarship") as no degree asked', () => {
    expect(isAskedOf(use('PhD', 'degree', 'A 3-year PhD scholarship is available.'))).toBe(false);
    expect(isAskedOf(use('PhD', 'degree', 'You hold a PhD in physics.'))).toBe(true);
    expect(isAskedOf(use('degree', 'knowledge', 'You work with a high degree of independence.'))).toBe(false);
  });

  it('reads "in close collaboration with" as a way of working, and collaboration skills as asked', () => {
    expect(isAskedOf(use('collaboration', 'soft', 'You work in close collaboration with our partners.'))).toBe(false);
    expect(isAskedOf(use('collaboration', 'soft', 'Strong collaboration skills.'))).toBe(true);
  });

  it('takes a soft skill asked of the applicant or listed as a requirement, not a value the employer describes', () => {
    expect(isAskedOf(use('collaboration', 'soft', 'Our culture is built on collaboration and openness.'))).toBe(false);
    expect(isAskedOf({ ...use('collaboration', 'soft', 'Collaboration across teams'), section: 'requirements' })).toBe(true);
    expect(isAskedOf(use('communication', 'soft', 'Excellent communication skills.'))).toBe(true);
  });

  it('takes a job title only when it is the posting title or experience asked', () => {
    const line = 'You will work with Software Engineers and designers.';
    expect(isAskedOf(use('Software Engineer', 'title', line, 'Software Engineers'))).toBe(false);
    expect(isAskedOf(use('Software Engineer', 'title', line, 'Software Engineers', ['Software Engineer']))).toBe(true);
    expect(isAskedOf(use('Software Engineer', 'title', '3 years as a Software Engineer'))).toBe(true);
    expect(isAskedOf(use('Consultant', 'title', 'Background in IT Consulting', 'Consulting'))).toBe(true);
  });
});
