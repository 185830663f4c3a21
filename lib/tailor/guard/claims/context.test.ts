import { describe, expect, it } from 'vitest';
import { contextClaims } from './context';
import { evidenceOf, hasWord } from './evidence-text';
import { wordsOf } from './words';

const context = (text: string, cited: string, shared: string[] = []) => {
  const ev = evidenceOf([cited], shared);
  return contextClaims(wordsOf(text), text, ev, (l) => hasWord(ev, l)).map((c) => `${c.kind}:${c.text}`);
};

describe('contextClaims: sectors and collaborations', () => {
  it('a sector the resume does not name is a claim', () => {
    expect(context('Wrote code for aerospace software projects', 'Wrote code for software projects')).toEqual(['name:aerospace']);
    expect(context('Research on search algorithms for video games', 'Research on search algorithms')).toEqual(['name:video games']);
    expect(context('Wrote code for insurance software projects', 'Wrote code', ['Sector: Insurance & Finance'])).toEqual([]);
  });

  it('working closely with others is a claim unless the cited lines say so', () => {
    expect(context('Worked directly with the client staff to tune the algorithm', 'Tuned the algorithm for our largest client')).toEqual(['scope:Worked directly with']);
    expect(context('Partnered with QA to build test environments', 'Built test environments')).toEqual(['scope:Partnered with']);
    expect(context('Wrote the reports in close collaboration with the architects', 'Wrote the reports in collaboration with the architects')).toEqual([]);
  });

  it('work told as put into use is a claim unless the cited lines say it is in use', () => {
    expect(context('Pilot platform rolled out to production, managing 8,000 devices', 'Pilot platform managing 8,000 devices')).toEqual(['scope:rolled out']);
    expect(context('Determined the angle in elbow X-rays, with the model now deployed in the hospital', 'Determined the angle in elbow X-rays')).toEqual(['scope:deployed']);
    expect(context('Maintained the service deployed on Kubernetes', 'Maintained the Kubernetes deployment of the service')).toEqual([]);
    expect(context('Foundational research that launched projects such as VTK-m', 'Foundational research to start projects like VTK-m')).toEqual([]);
  });

  it('presenting to an audience is a claim unless the cited lines present, talk or name a venue', () => {
    expect(context('Visualized agent positions and presented the results at a department seminar', 'Visualized agent positions')).toEqual(['scope:presented the results at']);
    expect(context('Presented the palaeo-climate lecture to second-year students', 'Gave the palaeo-climate lecture for 2nd-year students')).toEqual([]);
  });

  it('"alongside" people is working with them; alongside another activity it is not', () => {
    expect(context('Built the API alongside two senior engineers', 'Built the API')).toEqual(['scope:alongside two senior engineers']);
    expect(context('Conducting research alongside teaching', 'Pursuing research')).toEqual([]);
  });
});
