import { describe, expect, it } from 'vitest';
import { dropRepeatedHeader } from './description-start.ts';

describe('dropRepeatedHeader', () => {
  it('drops the title and location lines a board repeats above the ad (karriere.at)', () => {
    const text = 'Junior Project Manager\n\nGraz\n\nDu möchtest in einem modernen IT-Unternehmen arbeiten?';
    expect(dropRepeatedHeader(text, { title: 'Junior Project Manager', location: 'Graz' })).toBe('Du möchtest in einem modernen IT-Unternehmen arbeiten?');
  });

  it('drops location chips as bullets and the board label "About the job"', () => {
    expect(dropRepeatedHeader('• Hamburg\n• LMT Hamburg\n\nWarum wir?', { location: 'Hamburg' })).toBe('Warum wir?');
    expect(dropRepeatedHeader('About the job\n\nUnsere Lösungen', {})).toBe('Unsere Lösungen');
  });

  it('drops a requisition number the ATS prints above the ad, not numbers in the ad', () => {
    expect(dropRepeatedHeader('P-1489\n\nAbout Databricks\nWe build.', {})).toBe('About Databricks\nWe build.');
    expect(dropRepeatedHeader('Req ID: 12345\nWe build.', {})).toBe('We build.');
    expect(dropRepeatedHeader('JR-0104977\nWe build.', {})).toBe('We build.');
    expect(dropRepeatedHeader('3+ years of Java\nWe build.', {})).toBe('3+ years of Java\nWe build.');
  });

  it('drops the header’s facts: labelled lines, icon chips and an "Offene Stelle" label', () => {
    const text = 'Offene Stelle\nTiefbauer (m/w/d)\n📍 Herne & Umgebung\n🕐 Vollzeit\nDu arbeitest auf Baustellen im Ruhrgebiet.';
    expect(dropRepeatedHeader(text, { title: 'Tiefbauer (m/w/d)' })).toBe('Du arbeitest auf Baustellen im Ruhrgebiet.');
    expect(dropRepeatedHeader('Type de contrat: CDI\nLieu de travail: Fribourg\nBS-Team recrute un ingénieur.', {})).toBe('BS-Team recrute un ingénieur.');
    expect(dropRepeatedHeader('← Back to all positions\nCustomer Success Manager\nDepartment: Sales\nMuck Rack is hiring.', { title: 'Customer Success Manager' })).toBe('Muck Rack is hiring.');
    expect(dropRepeatedHeader('Statut : Temporaire\n\nHoraire : Temps plein\n\nDescription :\n\nNous sommes une banque.', {})).toBe('Nous sommes une banque.');
    expect(dropRepeatedHeader('Deine Aufgaben: Du planst Baustellen.\nMehr.', {})).toBe('Deine Aufgaben: Du planst Baustellen.\nMehr.');
  });

  it('keeps the employer’s own headings and prose that merely mentions the place', () => {
    const text = 'Stellenbeschreibung\nWir suchen in Hamburg eine Innenarchitektin.';
    expect(dropRepeatedHeader(text, { location: 'Hamburg' })).toBe(text);
  });

  it('never empties a description that is only header', () => {
    expect(dropRepeatedHeader('Graz', { location: 'Graz' })).toBe('Graz');
  });
});
