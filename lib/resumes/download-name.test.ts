import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { downloadStem, personNameFromTex } from './download-name';

describe('personNameFromTex', () => {
  it('reads the big bold name of Jake’s template and the demo sample', () => {
    expect(personNameFromTex(readFileSync('tests/fixtures/tex/jake-resume/resume.tex', 'utf8'))).toBe('Jake Ryan');
    expect(personNameFromTex(readFileSync('scripts/demo/sample-resume/resume.tex', 'utf8'))).toBe('Alex Morgan');
  });

  it('reads moderncv’s \\name{First}{Last} and \\author{…}', () => {
    expect(personNameFromTex('\\name{Marie}{Curie}\\begin{document}\\makecvtitle')).toBe('Marie Curie');
    expect(personNameFromTex('\\author{José Álvarez}')).toBe('José Álvarez');
  });

  it('gives null when nothing looks like a name', () => {
    expect(personNameFromTex('\\begin{document}{\\Huge Curriculum vitae 2024}\\end{document}')).toBeNull();
    expect(personNameFromTex('\\documentclass{article}')).toBeNull();
  });
});

describe('downloadStem', () => {
  it('is First_Last-Company-Role, accents folded', () => {
    expect(downloadStem({ person: 'José Álvarez', company: 'Acme GmbH', role: 'Senior Backend Engineer (Python)' })).toBe('Jose_Alvarez-Acme_GmbH-Senior_Backend_Engineer_Python');
  });
  it('leaves unknown parts out and never returns an empty name', () => {
    expect(downloadStem({ person: null, company: 'Clinicly', role: null })).toBe('Clinicly');
    expect(downloadStem({})).toBe('Resume');
    expect(downloadStem({ person: 'Jake Ryan', company: 'Clinicly', role: 'SRE', kind: 'cover-letter' })).toBe('Jake_Ryan-Clinicly-SRE-Cover_Letter');
  });
});
