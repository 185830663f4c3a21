import { describe, expect, it } from 'vitest';
import { evidenceOf } from './evidence-text';
import { roleClaims } from './roles';
import { wordsOf } from './words';

const roles = (text: string, cited: string, shared: string[] = []) => {
  const ev = evidenceOf([cited], shared);
  return roleClaims(wordsOf(text), text, ev, () => false, ev.cited).map((c) => `${c.kind}:${c.text}`);
};

describe('roleClaims: ownership read from the cited lines only', () => {
  it('a lead verb elsewhere in the resume does not back "Led" here', () => {
    expect(roles('Led the migration of the billing jobs', 'Worked on the migration of the billing jobs', ['Supervised two interns', 'Led the design guild'])).toEqual(['ownership:Led']);
  });

  it('"responsible for" backs "owned", "solo" backs "sole"', () => {
    expect(roles('Owned the release process', 'Responsible for the release process')).toEqual([]);
    expect(roles('Sole engineer on the kiosk app', 'I was the solo engineer on the kiosk app')).toEqual([]);
  });

  it('a maintainer is a title the cited lines must give', () => {
    expect(roles('Became a maintainer of the parser library', 'Sent patches to the parser library')).toEqual(['seniority:maintainer']);
    expect(roles('Maintainer of the parser library', 'Author and maintainer of the parser library')).toEqual([]);
  });
});
