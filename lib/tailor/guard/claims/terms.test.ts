import { describe, expect, it } from 'vitest';
import { evidenceOf } from './evidence-text';
import { termClaims } from './terms';
import { wordsOf } from './words';

const terms = (text: string, cited: string, shared: string[] = []) => termClaims(wordsOf(text), text, evidenceOf([cited], shared), new Set()).map((c) => `${c.kind}:${c.text}`);

describe('termClaims: new tools and names, not new everyday words', () => {
  it('lets ordinary rewording through, sentence-initial capitals included', () => {
    expect(terms('Chose the cheaper vendor, roughly halving the wait', 'Picked a vendor and cut the wait')).toEqual([]);
  });

  it('still flags a capitalised word inside a sentence, and unknown jargon', () => {
    expect(terms('Picked a vendor and moved the jobs to Nomad', 'Picked a vendor and moved the jobs')).toEqual(['tool:Nomad']);
    expect(terms('Picked a vendor and moved the jobs to microfrontends', 'Picked a vendor and moved the jobs')).toEqual(['tool:microfrontends']);
  });

  it('reads a possessive as the end of a name, and accepts a fixed typo', () => {
    expect(terms("Spoke at Oxford's Design Studio", 'Spoke at the Design Studio', ['University of Oxford'])).toEqual([]);
    expect(terms('Organised the Spring Festival', 'Organised the Spring Festivl')).toEqual([]);
    expect(terms('Spoke at Oxford Design Studio', 'Spoke at the Design Studio', ['University of Oxford'])).toEqual(['name:Oxford Design Studio']);
  });

  it('a month written another way, and a ".js" name written without it, are the evidence\'s own', () => {
    expect(terms('The system has run since December 2021', 'Operational since Dec 2021')).toEqual([]);
    expect(terms('The system has run since December 2021', 'Operational since 2021')).toEqual(['name:December']);
    expect(terms('Python, Rust, Node.js and others', 'Python, Rust, node and others')).toEqual([]);
    expect(terms('Python, Rust, Vue.js and others', 'Python, Rust, node and others')).toEqual(['tool:Vue.js']);
  });

  it('an acronym the rewrite defines beside words the evidence has adds no fact', () => {
    expect(terms('Real-time operating system (RTOS) applications', 'real time operating systems applications')).toEqual([]);
    expect(terms('a public electrocardiogram (ECG) database', 'a public database of electrocardiograms')).toEqual([]);
    expect(terms('Ported the RTOS (real-time operating system) scheduler', 'Ported the scheduler')).not.toEqual([]);
  });

  it('accepts an expansion only of an acronym the evidence writes', () => {
    expect(terms('Ran the Quality Management System (QMS) audits', 'Ran the QMS audits')).toEqual([]);
    expect(terms('Ran audits as a Certified Quality Manager (CQM)', 'Ran audits for the quality committee of the mill')).not.toEqual([]);
  });
});
