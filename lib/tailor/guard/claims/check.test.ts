import { describe, expect, it } from 'vitest';
import { claimsAgainst } from './check';
import { evidenceOf } from './evidence-text';

const EVIDENCE = 'Contributed to the billing service in Python and PostgreSQL for 200 clinics. Worked on the Flask API.';
const claims = (rewrite: string, cited = EVIDENCE, shared: string[] = ['Skills: Docker, React', 'Acme Health — Software Engineer — 2019 – 2023']) =>
  claimsAgainst(rewrite, evidenceOf([cited], shared)).map((c) => `${c.kind}:${c.text}`);

describe('claimsAgainst: each kind, with the words that trigger it', () => {
  it('accepts rewording, reordering, word families, skills, headings and acronym expansions', () => {
    expect(claims('Contributed to the Python and PostgreSQL billing service used by 200 clinics, and worked on its Flask backend')).toEqual([]);
    expect(claims('Contributed to billing in Python for 200 clinics, shipped with Docker')).toEqual([]);
    expect(claims('Worked on the Representational State Transfer (REST) API in Flask', 'Worked on the REST API in Flask.')).toEqual([]);
    // Title words inside the expansion of a title the evidence gives are no new title.
    expect(claims('Owner and Chief Executive Officer (CEO) of Velbazhd Software', 'Owner and CEO of Velbazhd Software')).toEqual([]);
    expect(claims('Provides an RPM Package Manager (RPM) repository', 'Provides an RPM repository')).toEqual([]);
    expect(claims('Owner and Chief Executive Officer of Velbazhd Software', 'Owner of Velbazhd Software')).toEqual(['seniority:Chief', 'seniority:Executive', 'seniority:Officer']);
  });

  it('numbers, shares and durations the evidence lacks (a digit elsewhere does not back "3 years")', () => {
    expect(claims('Contributed to the billing service for 250 clinics')).toEqual(['number:250 clinics']);
    expect(claims('Contributed to the billing service, cutting costs by 40%')).toContain('number:40%');
    expect(claims('Contributed to the billing service for over 3 years', 'Contributed to 3 billing services.')).toEqual(['duration:3 years']);
    expect(claims('Contributed to the billing service for two years')).toEqual(['duration:two years']);
    expect(claims('Contributed to the billing service for 200 clinics since 2019')).toEqual([]);
  });

  it('ownership beyond the evidence\'s verbs', () => {
    expect(claims('Designed and owned the billing service in Python and PostgreSQL for 200 clinics')).toEqual(['ownership:Designed … owned']);
    expect(claims('Led the Flask API work')).toEqual(['ownership:Led']);
    expect(claims('Led the billing team', 'Led the billing team of four.')).toEqual([]);
  });

  it('titles and seniority anywhere in the sentence', () => {
    expect(claims('As tech lead, contributed to the billing service')).toEqual(['seniority:lead']);
    expect(claims('Senior engineer on the billing service in Python', 'Worked on the billing service in Python.')).toEqual(['seniority:Senior']);
    expect(claims('Software Engineer on the billing service in Python')).toEqual([]);
  });

  it('scope and outcomes without digits', () => {
    expect(claims('Contributed to the company-wide billing service used by millions of patients')).toEqual(['scope:company-wide', 'scope:millions', 'scope:patients']);
    expect(claims('Worked on the Flask API, significantly cutting latency')).toEqual(['scope:significantly', 'scope:latency']);
  });

  it('tools and practices (lowercase, multi-word), names, credentials and links', () => {
    expect(claims('Worked on the Flask API with Kubernetes and feature flags')).toEqual(['tool:Kubernetes', 'tool:feature flags']);
    expect(claims('Worked on the Flask API using event sourcing')).toEqual(['tool:event sourcing']);
    expect(claims('Worked on the Flask API for Goldman Sachs')).toEqual(['name:Goldman Sachs']);
    expect(claims('Worked on the award-winning Flask API')).toEqual(['credential:award-winning']);
    expect(claimsAgainst('Worked on the Flask API', evidenceOf([EVIDENCE]), ['https://x.example'])).toEqual([expect.objectContaining({ kind: 'link', text: 'https://x.example', source: 'rules' })]);
  });

  it('reports each claim with its trigger words and a reason', () => {
    const [c] = claimsAgainst('Designed the Flask API', evidenceOf([EVIDENCE]));
    expect(c).toMatchObject({ kind: 'ownership', triggers: ['Designed'], source: 'rules' });
    expect(c.reason).toMatch(/designed/);
  });
});

describe('claimsAgainst: role words of one family', () => {
  it('"Deputy Chair" rewords "Deputy Chairman"', () => {
    expect(claims('Deputy Chair of the Smart Game Association since June 2016', 'Deputy Chairman of Smart Game Association, June 2016 - present', [])).toEqual([]);
  });
});
