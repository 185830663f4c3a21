import { describe, expect, it } from 'vitest';
import { evidenceOf } from './evidence-text';
import { credentialClaims, honourClaims, scopeClaims } from './scope';
import { wordsOf } from './words';

const scope = (text: string, cited = 'Built the payroll service for the customers of the firm') => {
  const ev = evidenceOf([cited]);
  return scopeClaims(wordsOf(text), (l) => ev.cited.stems.has(wordsOf(l)[0].stem), text).map((c) => c.text);
};

describe('scopeClaims: reach and results, not idioms', () => {
  it('keeps "all of X" and superlatives as claims', () => {
    expect(scope("Built the payroll service for all of the firm's offices")).toEqual(['all']);
    expect(scope('Built the first payroll service of the firm')).toEqual(['first']);
  });

  it('reads "on top of", "X first," and "all the time" as manner, and clients as customers', () => {
    expect(scope('Built the payroll service on top of the ledger')).toEqual([]);
    expect(scope('Put correctness first, then built the payroll service')).toEqual([]);
    expect(scope('Built the payroll service for the clients of the firm')).toEqual([]);
    expect(scope('Built the payroll service for the patients of the firm')).toEqual(['patients']);
  });
});

describe('credentialClaims: the cited lines by family, the rest of the resume only by name', () => {
  const creds = (text: string, cited: string, shared: string) => credentialClaims(wordsOf(text), evidenceOf([cited], [shared])).map((c) => c.text);
  it('accepts "Certified" for "Certification" in the cited line and a credential named elsewhere', () => {
    expect(creds('Certified first-aid trainer', 'Certification as a first-aid trainer', '')).toEqual([]);
    expect(creds('Holds the Azure Certified badge', 'Moved the shop to the cloud', 'Azure Certified Developer, 2021')).toEqual([]);
  });

  it('flags a new award or certificate even when another one is listed elsewhere', () => {
    expect(creds('Ran the clinic, earning a regional service award', 'Ran the clinic', 'Awards: Dean\'s list')).toEqual(['award']);
    expect(creds('Passed the ITIL certification', 'Ran the help desk', 'Azure Certified Developer')).toEqual(['certification']);
  });
});

describe('scopeClaims: words of one root, and outcomes', () => {
  it('"worldwide" rewords "in the world"; "national" and "profitable" are claims of their own', () => {
    expect(scope('One of 42 awardees worldwide', 'One of 42 awardees in the world.')).toEqual([]);
    expect(scope('Raised exam results well above the national average', 'Prepared study materials')).toEqual(['national']);
    expect(scope('Grew the firm into a profitable company', 'Owner of the firm')).toEqual(['profitable']);
  });
});

describe('honourClaims: "X of the Year"', () => {
  it('is a claim unless the evidence names the honour', () => {
    const honours = (text: string, cited: string) => honourClaims(text, evidenceOf([cited])).map((c) => c.text);
    expect(honours('Taught maths; named Teacher of the Year', 'Taught maths')).toEqual(['Teacher of the Year']);
    expect(honours('Named Teacher of the Year for maths', 'Teacher of the year, 2019')).toEqual([]);
  });
});
