import { beforeAll, describe, expect, it } from 'vitest';
import type { KeywordLanguage } from '../../keywords/taxonomy/types';
import { claimsAgainst } from './check';
import { isEverydayIn, loadEverydayWords } from './everyday-words';
import { evidenceOf } from './evidence-text';
import { partOfEvidenceCompound, sameStemInLanguage } from './other-languages';

const claims = (lang: KeywordLanguage, rewrite: string, cited: string, shared: string[] = []) =>
  claimsAgainst(rewrite, evidenceOf([cited], shared, lang)).map((c) => `${c.kind}:${c.text}`);

describe('everyday words of the other resume languages', () => {
  it('are unknown until their list is loaded, then read by form and by stem', async () => {
    expect(isEverydayIn('pl', 'wszystko')).toBe(false);
    await loadEverydayWords('pl');
    expect(isEverydayIn('pl', 'wszystko')).toBe(true);
    await loadEverydayWords('nl');
    expect(isEverydayIn('nl', 'begeleiding')).toBe(true);
    expect(isEverydayIn('nl', 'kubernetes')).toBe(false);
    // English needs no list here (everyday-english.ts ships with the guard).
    await loadEverydayWords('en');
    expect(isEverydayIn('en', 'the')).toBe(false);
  });
});

describe('claims in the language of the resume', () => {
  beforeAll(async () => { for (const l of ['de', 'fr', 'nl', 'it'] as const) await loadEverydayWords(l); });

  it('lets a synonym in everyday words pass where it was a new "tool"', () => {
    expect(claims('it', 'Uso attivo di Git per il version control', 'Conoscenza ed utilizzo attivo di Git per il version control')).toEqual([]);
    expect(claims('nl', 'Begeleiding van verschillende masterthesis- en stagestudenten', 'Tutor van verschillende masterthesis en stagestudenten')).toEqual([]);
    expect(claims('fr', 'Accompagnement technique des équipes de développement', 'Support technique des équipes de développement')).toEqual([]);
  });

  it('still flags a new tool, and the same words read as English stay new', () => {
    expect(claims('nl', 'Begeleiding van studenten met Kubernetes', 'Tutor van studenten')).toEqual(['tool:Kubernetes']);
    expect(claims('en', 'Begeleiding van studenten', 'Tutor van studenten')).toContain('tool:Begeleiding');
  });

  it('reads leading, titles and working alone by family', () => {
    expect(claims('de', 'Leitete das Missionsanalyseteam', 'Leitung des Missionsanalyseteams')).toEqual([]);
    expect(claims('de', 'Leitete das Missionsanalyseteam', 'Mitarbeit im Missionsanalyseteam')).toEqual(['ownership:Leitete']);
    expect(claims('de', 'Als Teamleiter Mitarbeit im Missionsanalyseteam', 'Mitarbeit im Missionsanalyseteam')).toEqual(['seniority:Teamleiter']);
    // A title elsewhere in the resume (its headings) backs it; a compound ending in a title is one.
    expect(claims('nl', 'Als netwerkdirecteur coördineren van activiteiten', 'Coördineren van activiteiten')).toEqual(['seniority:netwerkdirecteur']);
    expect(claims('nl', 'Als netwerkdirecteur coördineren van activiteiten', 'Coördineren van activiteiten', ['Netwerkdirecteur, 2015 – 2019'])).toEqual([]);
    expect(claims('fr', 'Rédaction en totale autonomie des dossiers', 'Rédaction des dossiers en collaboration avec les architectes')).toEqual(['ownership:autonomie']);
  });

  it('reads reach, levels and counts written as words', () => {
    expect(claims('fr', 'Compétition de data-science suivie par des milliers de participants', 'Compétition de data-science')).toEqual(['scope:milliers']);
    expect(claims('nl', 'Frans: vloeiend', 'Frans: goed')).toEqual(['credential:vloeiend']);
    expect(claims('nl', 'Tien jaar ervaring met Perl', 'Ervaring met Perl')).toEqual(['duration:Tien jaar']);
    expect(claims('nl', 'Tien jaar ervaring met Perl', '10 jaar ervaring met Perl')).toEqual([]);
    expect(claims('de', 'Betreuung von drei Studenten', 'Betreuung von Studenten')).toEqual(['number:drei']);
  });

  it('joins stems and compound parts of German and Dutch words the evidence has', () => {
    const nl = evidenceOf(['Installatie en beheer van conda environments'], [], 'nl');
    expect(sameStemInLanguage(nl, 'beheren')).toBe(true);
    const de = evidenceOf(['Design der Aufstiegsbahnoptimierungssoftware FASTOP'], [], 'de');
    expect(partOfEvidenceCompound(de, 'optimierung')).toBe(true);
    expect(partOfEvidenceCompound(de, 'kubernetes')).toBe(false);
    expect(partOfEvidenceCompound(evidenceOf(['Aufstiegsbahnoptimierungssoftware']), 'optimierung')).toBe(false);
    expect(claims('de', 'Entwurf der Software FASTOP zur Optimierung von Aufstiegsbahnen', 'Design und Entwicklung der Aufstiegsbahnoptimierungssoftware FASTOP')).toEqual([]);
  });

  it('reads a German run of capitalised words as a name only when the resume lacks its words', () => {
    expect(claims('de', 'Entwickelte die Lagekontrolle der ASI-Mission PRISMA', 'Entwicklung der Lagekontrolle der ASI PRISMA Mission')).toEqual([]);
    expect(claims('de', 'Datenqualitätsmanagement bei der Deutschen Bank', 'Datenqualitätsmanagement bei Lufthansa')).toEqual(['name:Deutschen Bank']);
  });

  it('accepts an acronym spelled out in the language of the resume, or after a hyphen', () => {
    expect(claims('fr', 'Projet pour EDQM (Direction européenne de la qualité du médicament)', 'Projet pour EDQM')).toEqual([]);
    expect(claims('nl', 'data stewardship (FAIR-principes (Findable, Accessible, Interoperable, Reusable))', 'data stewardship (FAIR principes)')).toEqual([]);
  });
});
