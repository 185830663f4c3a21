import { describe, expect, it } from 'vitest';
import { postingFacts } from './posting-facts.ts';

const job = (over: Partial<Parameters<typeof postingFacts>[0]>) => ({ title: null, description: '', location: null, salary: null, employmentType: null, jsonLd: undefined, ...over });

describe('postingFacts', () => {
  it('reads an English posting', () => {
    const f = postingFacts(job({
      title: 'Senior Backend Engineer',
      location: 'Berlin (Hybrid)',
      description: 'Full-time role. You have 5+ years of experience with Go. Salary: €70,000 - €90,000 per year. We were founded 12 years ago.',
    }));
    expect(f).toEqual({ employmentType: 'full-time', workplace: 'hybrid', salary: '€70,000 - €90,000 per year', yearsAsked: 5, seniority: 'senior' });
  });

  it('reads a German posting and prefers structured data', () => {
    const f = postingFacts(job({
      title: 'Montageleiter (m/w/d)',
      description: 'Vollzeit, unbefristet. Mindestens 3 Jahre Berufserfahrung in der Montage. Arbeit vor Ort.',
      employmentType: 'full-time',
      jsonLd: { jobLocationType: 'TELECOMMUTE' },
    }));
    expect(f).toMatchObject({ employmentType: 'full-time', workplace: 'remote', yearsAsked: 3, seniority: 'lead' });
  });

  it('reads German ranks at the end of a compound, but not "-begleitung"', () => {
    expect(postingFacts(job({ title: 'Teamleitung Montage (m/w/d)' })).seniority).toBe('lead');
    expect(postingFacts(job({ title: 'Fachkraft (m/w/d) als Schulbegleitung' })).seniority).toBeNull();
  });

  it('says null where the posting says nothing', () => {
    expect(postingFacts(job({ title: 'Analyst', description: 'Join us.' }))).toEqual({ employmentType: null, workplace: null, salary: null, yearsAsked: null, seniority: null });
  });
});
