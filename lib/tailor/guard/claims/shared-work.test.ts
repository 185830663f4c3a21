import { describe, expect, it } from 'vitest';
import { claimsAgainst } from './check';
import { evidenceOf } from './evidence-text';
import { droppedSharingClaims, droppedUnfinishedClaims } from './shared-work';
import { wordsOf } from './words';

const dropped = (rewrite: string, cited: string) => droppedSharingClaims(wordsOf(rewrite), evidenceOf([cited])).map((c) => c.kind);

describe('shared work told as the person\'s own', () => {
  it('flags a rewrite that drops what the work was part of, in any resume language', () => {
    expect(dropped('Built the Kafka ingestion service', 'Contributed to the Kafka ingestion service')).toEqual(['ownership']);
    expect(dropped('Desenvolvimento de projetos ERP', 'Participação na equipe de desenvolvimento de projetos ERP')).toEqual(['ownership']);
    expect(dropped('Daan heeft verschillende frameworks ontwikkeld', 'Daan heeft bijgedragen aan het ontwikkelen van frameworks')).toEqual(['ownership']);
    expect(dropped('Rédaction du projet sur les pollinisateurs', 'Co-rédacteur du projet sur les pollinisateurs')).toEqual(['ownership']);
    expect(dropped('Cofundador e organizador de um grupo técnico', 'Co-fundador e organizador de grupo técnico')).toEqual([]);
    expect(dropped('Developed the mobile and web applications for the museum', 'Participating in the development of mobile and web applications for the museum')).toEqual(['ownership']);
    expect(dropped('Instalei um ambiente Linux em equipamentos escolares', 'Participei da instalação de um ambiente Linux')).toEqual(['ownership']);
  });

  it('leaves rewrites that keep the shared part, and lines that never said it', () => {
    // Shared is what follows the marker up to the end of its phrase, not the next item of the list.
    expect(dropped('Defined test approaches and automated functional testing', 'I took part in story refinement, defined the approach to testing')).toEqual([]);
    expect(dropped('Helped promote Computer Science among students', 'I helped in activities to promote Computer Science')).toEqual([]);
    expect(dropped('I support company hiring by leading outreach', 'I contribute to the company hiring initiatives by leading outreach')).toEqual([]);
    // "helped people search", "members of staff": no shared credit.
    expect(dropped('Built a map-based apartment search platform', 'Built a platform that helped people search for apartments')).toEqual([]);
    expect(dropped('Supervised a staff of six', 'Supervised six staff members')).toEqual([]);
    // Taking part in a training is attendance.
    expect(dropped("J'ai suivi des programmes de formation (Java, Scrum)", "J'ai participé à des programmes de formation (Java, Scrum)")).toEqual([]);
  });

  it('is one of the claims the guard reports', () => {
    expect(claimsAgainst('Built the Kafka ingestion service', evidenceOf(['Contributed to the Kafka ingestion service'])).map((c) => `${c.kind}:${c.text}`)).toEqual(['ownership:Built']);
  });
});

describe('unfinished or intended work told as done', () => {
  const unfinished = (rewrite: string, cited: string) => droppedUnfinishedClaims(wordsOf(rewrite), rewrite, evidenceOf([cited])).map((c) => c.kind);

  it('reads work made ready for a future step as not yet there', () => {
    const cited = 'Entregué una base de código sólida y preparada para su futuro despliegue a producción.';
    expect(unfinished('Entregué una base de código sólida que ya está desplegada en producción.', cited)).toEqual(['scope']);
    expect(unfinished('Entregué una base de código preparada para su futuro despliegue.', cited)).toEqual([]);
    expect(unfinished('Shipped the API, which is in production.', 'Prepared the API for its future deployment.')).toEqual(['scope']);
  });

  it('reads a year of study as a degree not finished, and a year group as an audience', () => {
    expect(unfinished('Graduate of the Computational Social Sciences programme', 'Computational Social Sciences programme, 3rd year')).toEqual(['scope']);
    expect(unfinished('Discussed careers with first-year undergraduates', 'Discussed careers with 1st year undergraduates')).toEqual([]);
  });
});

