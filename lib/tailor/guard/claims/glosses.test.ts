import { beforeAll, describe, expect, it } from 'vitest';
import { claimsAgainst } from './check';
import { loadEverydayWords } from './everyday-words';
import { evidenceOf } from './evidence-text';
import type { GuardLanguage } from './resume-language';

const claims = (lang: GuardLanguage, rewrite: string, cited: string, shared: string[] = []) =>
  claimsAgainst(rewrite, evidenceOf([cited], shared, lang)).map((c) => `${c.kind}:${c.text}`);

describe('translation glosses in a resume not in English', () => {
  beforeAll(async () => { for (const l of ['fr', 'ru', 'sv'] as const) await loadEverydayWords(l); });

  it('an English gloss of a phrase the resume has states nothing new', () => {
    expect(claims('fr', 'Rétro-ingénierie (reverse engineering) avec ghidra', 'Reverse engineering statique avec ghidra')).toEqual([]);
    expect(claims('ru', 'Глубинное обучение / Deep Learning (Keras, TensorFlow)', 'Глубинное обучение (keras, tensorflow)')).toEqual([]);
  });

  it('a word of the language translating an English phrase the resume has is no new term', () => {
    expect(claims('sv', 'undersöker med täthetsfunktionalteori (Density Functional Theory) adsorptionen', 'undersöker adsorptionen', ['Surface planes using Density Functional Theory'])).toEqual([]);
  });

  it('an acronym of another language with the same letters glosses a backed one', () => {
    expect(claims('fr', 'Conformité RGPD (GDPR) des données de santé', 'Conformité RGPD pour le traitement des données de santé')).toEqual([]);
    expect(claims('fr', 'Conformité RGPD (HIPAA) des données de santé', 'Conformité RGPD pour le traitement des données de santé')).not.toEqual([]);
  });

  it('a product name in parentheses is still a claim, and an English resume has no glosses', () => {
    expect(claims('fr', 'Analyse statique (avec IDA Pro) et dynamique', 'Analyse statique et dynamique')).toEqual(['name:IDA Pro']);
    expect(claims('en', 'Static analysis (reverse engineering) with ghidra', 'Static analysis with ghidra')).not.toEqual([]);
  });
});
