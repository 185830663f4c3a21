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

describe('spellings and spans read in more forms (session 18, unseen-4)', () => {
  it('accepts expansions with small words that give a letter or none, inside parentheses, after a hyphen or an elided article', () => {
    expect(claims('Worked for the Department of Defense (DoD) on logistics.', 'Worked for the DoD on logistics.')).toEqual([]);
    expect(claims('Remote sensing with drones (RPAS, Remotely Piloted Aircraft Systems).', 'Remote sensing with drones (RPAS).')).toEqual([]);
  });

  it('backs a span of years by a heading that writes it with months, and "partnered with" by "collaborated with"', () => {
    expect(claims('Built BSPs at Witekio (2017–2020).', 'Built BSPs.', ['Witekio GmbH, 03/2017 -- 12/2020'])).toEqual([]);
    expect(claims('Built BSPs at Witekio (2016–2020).', 'Built BSPs.', ['Witekio GmbH, 03/2017 -- 12/2020'])).toEqual(['duration:2016–2020']);
    expect(claims('Partnered with the researchers to refine algorithms.', 'Collaborated with the researchers to refine algorithms.')).toEqual([]);
    expect(claims('Partnered with the researchers to refine algorithms.', 'Refined algorithms.')).toEqual(['scope:Partnered with']);
  });

  it('does not let inner letters of English words spell an acronym the rewrite adds', () => {
    expect(claims('Optimized Python and CUDA algorithms for matrix computations and differentiation.', 'Optimized Python algorithms for matrix computations and differentiation.')).toEqual(['name:CUDA']);
  });
});

describe('English readings found on unseen-5 (session 18)', () => {
  it('reads "in charge of" as responsible, honours as one family, audiences by kind, names written as one word', () => {
    expect(claims('Responsible for company-wide security improvement.', 'In charge of company wide security improvement.')).toEqual([]);
    expect(claims('Sir Frank Holmes Prize, awarded to the top economics student.', 'Sir Frank Holmes Prize for the top economics student.')).toEqual([]);
    expect(claims('A blog drawing 800 unique visitors a month.', 'A blog which attracts 800 unique monthly users.')).toEqual([]);
    expect(claims("Automated certificate renewal with Let's Encrypt.", 'Certificate renewing automation using Letsencrypt.')).toEqual([]);
    expect(claims('Responsible for the security improvement.', 'Took part in the security improvement.')).toEqual(['ownership:Responsible']);
  });
});

describe('more readings found on unseen-5 (session 18)', () => {
  it('reads "end-to-end tests" as a kind of test, and a spelled-out acronym the resume uses as that acronym', () => {
    expect(claims('Set up Cypress end-to-end tests for the app.', 'Set up Cypress tests for the app.')).toEqual([]);
    expect(claims('Owned the billing service end-to-end.', 'Worked on the billing service.')).toEqual(['ownership:Owned … end-to-end']);
    expect(claims('Developed safety-critical software per Automotive SPICE in C.', 'Developed safety-critical software per ASPICE in C.')).toEqual([]);
  });
});

describe('readings found on unseen-6 (session 18)', () => {
  it('backs a magnitude in words by the cited digits, and an acronym by its plural', () => {
    expect(claims('Led teams behind systems serving thousands of users daily.', 'Led teams behind systems serving 1000s of users daily.')).toEqual([]);
    expect(claims('Led teams behind systems serving thousands of users daily.', 'Led teams behind systems serving 200 users daily.')).toEqual(['scope:thousands']);
    expect(claims('Delivered backend work within the SLA.', 'Delivered backend work meeting SLAs.')).toEqual([]);
  });
});

describe('readings found on unseen-7 (session 18)', () => {
  it('reads levels in parentheses per tool, work not yet done, degrees, titles, sectors and distinctions', () => {
    expect(claims('R (advanced), Python (advanced), C++', 'R (advanced), C++, Python')).toEqual(['credential:Python (advanced)']);
    expect(claims('R (advanced), C++, Python', 'R (advanced), C++, Python')).toEqual([]);
    expect(claims('BSc in Mathematics, The Open University.', 'BSc in Mathematics with the Open University (in progress).')).toEqual(['scope:BSc']);
    expect(claims('An R package that improves your workflow.', 'An R package that aims to improve your workflow.')).toEqual(['scope:An']);
    expect(claims('Associate Professor of Psychiatry at Trinity College Dublin.', 'Undergraduate tutor in psychiatry at Trinity College Dublin.')).toContain('seniority:Professor');
    expect(claims('Predictive modelling for insurance underwriting.', 'Predictive modelling.')).toEqual(['name:insurance']);
    expect(claims('Ph.D. in Economics with distinction, UCLA', 'Ph.D. in Economics, UCLA')).toEqual(['credential:distinction']);
  });
});

describe('more readings found on unseen-7 (session 18)', () => {
  it('reads numbers in names, hyphenated role words, prefixes and what is still going on', () => {
    expect(claims('Member of the working group during the COVID-19 pandemic.', 'Member of the working group during the COVID pandemic.')).toEqual([]);
    expect(claims('Evaluation project (DPUK)-led with NHS trusts.', 'DPUK-led evaluation project with NHS trusts.')).toEqual([]);
    expect(claims('Convened a multidisciplinary group of colleagues.', 'Convened a group of colleagues.')).toEqual([]);
    expect(claims('Currently studying for a BSc in Mathematics.', 'BSc in Mathematics (in progress).')).toEqual([]);
    expect(claims('Core service used on the homepage.', 'Core service, currently used on the homepage.')).toEqual([]);
  });
});

describe('short acronyms (session 18, unseen-7)', () => {
  it('backs a three-letter acronym by initials of the cited lines only, not by a chance name elsewhere', () => {
    expect(claims('Experience in R, Python, SAS and C++.', 'Experience in R, Python and C++.', ['Member of the Scientific Advisory Service'])).toEqual(['name:SAS']);
    expect(claims('Built the Open Geospatial Consortium (OGC) services.', 'Built the Open Geospatial Consortium services.')).toEqual([]);
  });
});
