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
});

describe('sentenceQualifiers', () => {
  it('reads years and need in several languages', () => {
    expect(sentenceQualifiers('5+ years of experience with Python required')).toEqual({ years: 5, need: 'required' });
    expect(sentenceQualifiers('Mindestens 3 Jahre Erfahrung')).toEqual({ years: 3, need: 'required' });
    expect(sentenceQualifiers('Knowledge of Terraform is a plus')).toEqual({ need: 'preferred' });
  });
});
