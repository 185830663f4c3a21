import { describe, expect, it } from 'vitest';
import { lineSections } from './sections';
import { sentenceQualifiers } from './qualifiers';

describe('lineSections', () => {
  it('follows the headings of a posting in several languages', () => {
    const lines = ['Über uns', 'Wir sind ein Team.', 'Deine Aufgaben', '• Planen', 'Dein Profil', '• SQL', 'Wir bieten', '• Urlaub', 'Wymagania', '• Excel', 'Mile widziane', '• SAP'];
    expect(lineSections(lines)).toEqual(['about', 'about', 'responsibilities', 'responsibilities', 'requirements', 'requirements', 'benefits', 'benefits', 'requirements', 'requirements', 'preferred', 'preferred']);
  });

  it('marks benefit and equal-opportunity sentences wherever they stand', () => {
    expect(lineSections(['• Dental insurance and 401k', 'We are an equal opportunity employer.'])).toEqual(['benefits', 'legal']);
  });

  it('marks how to apply, what the employer offers and what it is, without a heading over them', () => {
    expect(lineSections([
      'The application must be submitted in English and include a cover letter.',
      'We offer a collaborative team and free sports groups.',
      'Its main research areas include condensed matter physics and biophysics.',
      'We are a global betting and gaming company.',
      '• Benefit from comprehensive training and open, transparent communication',
      '• Exciting team events and our Employees Recruit Employees program',
    ])).toEqual(['application', 'benefits', 'about', 'about', 'benefits', 'benefits']);
  });

  it('keeps sentences that ask something of the applicant', () => {
    expect(lineSections([
      'We are looking for a chemist with experience in chromatography.',
      'Experience supporting the application in production.',
    ])).toEqual(['other', 'other']);
  });

  it('does not silence a long paragraph for one mention of applying', () => {
    const paragraph = `${'You know Java, Python and SQL well and have built services for years. '.repeat(4)}Apply now!`;
    expect(lineSections([paragraph])).toEqual(['other']);
  });
});

describe('sentenceQualifiers', () => {
  it('reads years and need in several languages', () => {
    expect(sentenceQualifiers('5+ years of experience with Python required')).toEqual({ years: 5, need: 'required' });
    expect(sentenceQualifiers('Mindestens 3 Jahre Erfahrung')).toEqual({ years: 3, need: 'required' });
    expect(sentenceQualifiers('Knowledge of Terraform is a plus')).toEqual({ need: 'preferred' });
  });
});
