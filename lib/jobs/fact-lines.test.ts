import { describe, expect, it } from 'vitest';
import { isFactLine, isPlaceLabel, labelledPlace } from './fact-lines.ts';

describe('fact lines', () => {
  it('reads the place of a labelled line or a pin chip, in several languages', () => {
    expect(labelledPlace('Lieu de travail: Fribourg')).toBe('Fribourg');
    expect(labelledPlace('Miejsce pracy: Katowice (Śląskie)')).toBe('Katowice (Śląskie)');
    expect(labelledPlace('Job Location:  Berlin, Germany')).toBe('Berlin, Germany');
    expect(labelledPlace('📍 Astana')).toBe('Astana');
    expect(labelledPlace('Beginn: nach Absprache | Arbeitsort: Landkreis Meißen')).toBe('Landkreis Meißen');
    expect(labelledPlace('Type de contrat: CDI')).toBeNull();
    expect(labelledPlace('Our location: we moved offices last year and now sit by the river')).toBeNull();
    expect(isPlaceLabel('Arbeitsort')).toBe(true);
    expect(labelledPlace('Adres: Beekstraat 25, 6811 DV Arnhem')).toBe('Beekstraat 25, 6811 DV Arnhem');
    expect(isPlaceLabel('Arbeitszeit')).toBe(false);
  });

  it('tells header facts from the ad’s prose', () => {
    expect(isFactLine('Type de contrat: CDI')).toBe(true);
    expect(isFactLine('Télétravail (2j max/semaine): Non')).toBe(true);
    expect(isFactLine('🕐 Vollzeit')).toBe(true);
    expect(isFactLine('Full Time')).toBe(true);
    expect(isFactLine('Beginn: nach Absprache | Arbeitsort: Landkreis Meißen')).toBe(true);
    expect(isFactLine('Beginn: nach Absprache | Wir freuen uns auf Dich und Deine Ideen für unser Team')).toBe(false);
    expect(isFactLine('Posted on 05 Jun 2024')).toBe(true);
    expect(isFactLine('Full Time engineers build the platform with us.')).toBe(false);
    expect(isFactLine('Deine Aufgaben: Du planst Baustellen und fährst Bagger.')).toBe(false);
    expect(isFactLine('We are hiring a DevOps engineer to run our platform.')).toBe(false);
  });
});
