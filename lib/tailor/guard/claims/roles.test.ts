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

describe('roleClaims: titles and verbs of one family, titles below the plain one, working alone', () => {
  it('a title backs the verbs of its family', () => {
    expect(roles('Chaired the Experts Association from 2020 to 2023', 'Chairman of Experts Association, April 2020 - September 2023')).toEqual([]);
    expect(roles('Coordinated the SIGHT Program from 2009 to 2016', 'SIGHT Program Coordinator from 2009 to 2016')).toEqual([]);
  });

  it('a deputy backs only the same deputy title; dropping the word below is a promotion', () => {
    expect(roles('Deputy Chair of the Smart Game Association', 'Deputy Chairman of Smart Game Association')).toEqual([]);
    expect(roles('Chairman of Smart Game Association', 'Deputy Chairman of Smart Game Association')).toEqual(['seniority:Chairman']);
    expect(roles('Chaired the Smart Game Association', 'Deputy Chairman of Smart Game Association')).toEqual(['ownership:Chaired']);
  });

  it('"head" with one word before the role noun is a title', () => {
    expect(roles('Head teaching assistant on Operating Systems classes', 'Teaching assistant on Operating Systems classes')).toEqual(['seniority:Head']);
    expect(roles('Lead development of data tools', 'Lead development of data tools')).toEqual([]);
  });

  it('working alone is a claim even under a higher rank', () => {
    expect(roles('Single-handedly built data experimentation tools', 'Lead development of data experimentation tools')).toEqual(['ownership:Single-handedly']);
    expect(roles('Built the tool alone', 'Built the tool alone over a summer')).toEqual([]);
  });

  it('leadership and mentorship claim more than the cited verbs', () => {
    expect(roles('Showed proven leadership on the migration', 'Worked on the migration')).toEqual(['ownership:leadership']);
  });
});

describe('roleClaims: a verb of the family in another sense backs nothing', () => {
  it('"changes that lead to" does not back "I lead the lab"', () => {
    expect(roles('I lead the lab research on the changes', 'My work focuses on the changes that lead to disease')).toEqual(['ownership:lead']);
  });
});

describe('roleClaims: "leading to" is a cause', () => {
  it('does not back "Led the investigation"', () => {
    expect(roles('Led the investigation of latency issues, leading to improvements', 'Investigated latency issues leading to improvements')).toEqual(['ownership:Led']);
  });
});

describe('roleClaims: a title acronym spelled out', () => {
  it('"chief executive" rewords "CEO"; "chief technology officer" does not', () => {
    expect(roles('Partner and chief executive of Balgorit Ltd.', 'Partner and CEO of Balgorit Ltd.')).toEqual([]);
    expect(roles('Partner and chief technology officer of Balgorit Ltd.', 'Partner and CEO of Balgorit Ltd.')).toEqual(['seniority:chief', 'seniority:officer']);
  });
});

describe('roleClaims: whose role a verb names', () => {
  it('a participle before "by" is someone else\'s role', () => {
    expect(roles('PhD research supervised by Prof. F. Regazzoni', 'Research focus: uncertainty quantification')).toEqual([]);
    expect(roles('Supervised the research of two students', 'Research focus: uncertainty quantification')).toEqual(['ownership:Supervised']);
  });

  it('the noun of the activity backs its verb: supervision, coordination', () => {
    expect(roles('Supervised and co-supervised interns', 'Supervision and co-supervision of interns')).toEqual([]);
    expect(roles('Coordinated the national network', 'Coordination of the national network')).toEqual([]);
    expect(roles('Supervised interns', 'Worked with interns')).toEqual(['ownership:Supervised']);
  });

  it('"from scratch" claims the whole of the work', () => {
    expect(roles('Built the R packages from scratch', 'Maintained the R packages')).toEqual(['ownership:scratch']);
    expect(roles('Taught programming in Scratch to pupils', 'Taught programming to pupils')).toEqual([]);
  });

  it('who developed or created a thing designed it; who implemented or helped develop it did not', () => {
    expect(roles('Designed personalized curricula on algorithmic thinking', 'Developed personalized curriculum on algorithmic thinking')).toEqual([]);
    expect(roles('Designed the payment service', 'Implemented the payment service')).toEqual(['ownership:Designed']);
    expect(roles('Designed the payment service', 'Helped develop the payment service')).toEqual(['ownership:Designed']);
  });
});

