import { describe, expect, it } from 'vitest';
import { claimsAgainstMaster } from './document-claims';

const MASTER = ['Software Engineer, Initech, 2019 – 2022', 'Worked on the billing service in Go for 40 clinics', 'Skills: Go, PostgreSQL'];
const claims = (text: string, shared: string[] = []) => claimsAgainstMaster(text, MASTER, shared).map((c) => `${c.kind}:${c.text}`);

describe('claimsAgainstMaster: free text (a cover letter, a whole document) against every line of the master', () => {
  it('accepts what any line of the master says, reworded', () => {
    expect(claims('At Initech I worked on billing in Go and PostgreSQL for 40 clinics.')).toEqual([]);
  });

  it('flags the same kinds as a segment edit', () => {
    expect(claims('I led the billing team at Initech for five years, using Kubernetes.')).toEqual(['duration:five years', 'ownership:led', 'tool:Kubernetes']);
  });

  it('lets the posting\'s company and title be named without backing the person\'s claims', () => {
    expect(claims('I would bring my Go work to Hooli as its Platform Engineer.', ['Hooli', 'Platform Engineer'])).toEqual([]);
  });
});
