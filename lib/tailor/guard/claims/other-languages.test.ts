import { describe, expect, it } from 'vitest';
import { claimsAgainst } from './check';
import { evidenceOf } from './evidence-text';
import { joinedInEvidence, sharesRoot, withoutElision } from './other-languages';

const claims = (rewrite: string, cited: string) => claimsAgainst(rewrite, evidenceOf([cited])).map((c) => `${c.kind}:${c.text}`);

describe('words of resumes not in English', () => {
  it('joins inflected and derived forms of a word the evidence has', () => {
    const ev = evidenceOf(['Entwicklung der Lagekontrolle; Treibstoffeffizienzanalysen; Begeleiding van studenten']);
    expect(sharesRoot(ev, 'entwickelte')).toBe(true);
    expect(sharesRoot(ev, 'analysen')).toBe(true);
    expect(sharesRoot(ev, 'begeleiden')).toBe(true);
    expect(sharesRoot(ev, 'kubernetes')).toBe(false);
    expect(sharesRoot(evidenceOf(['Universiteit Gent']), 'universiteitsbrede')).toBe(false);
    expect(sharesRoot(evidenceOf(['analysis of variance']), 'varian')).toBe(false);
  });

  it('reads elided articles and written-together words', () => {
    expect(withoutElision("d'algorithmes")).toBe('algorithmes');
    expect(withoutElision("l'équipe")).toBe('équipe');
    expect(joinedInEvidence(evidenceOf(['Développements de micro services REST']), 'microservices')).toBe(true);
  });

  it('keeps flagging a new tool in such a rewrite', () => {
    expect(claims("Recherche de stratégies quantitatives et d'algorithmes", 'Recherche de stratégies quantitatives et algorithmes')).toEqual([]);
    expect(claims('Entwickelte die Lagekontrolle in Kotlin', 'Entwicklung der Lagekontrolle')).toEqual(['tool:Kotlin']);
  });
});
