import { beforeAll, describe, expect, it } from 'vitest';
import { analysePostingText, findSkills, loadKeywordData } from './keyword-data';

beforeAll(async () => {
  await loadKeywordData('de');
}, 20_000);

const POSTING = `About Acme
Acme builds Acme Cloud, the leading platform for freight. We are based in Hamburg.

Your tasks
• Build services in Go and TypeScript
• Keep our Kubernetes clusters healthy

Requirements
• 5+ years of experience with Python
• Solid knowledge of PostgreSQL
• Experience with Terraform is a plus

Benefits
• Healthcare insurance, 30 days of holiday and a Python book budget

Acme is an equal opportunity employer and values diversity and inclusion.`;

describe('analysePostingText', () => {
  it('reads requirements with their qualifiers and never the company, its place or benefits', async () => {
    const { language, keywords } = await analysePostingText({ title: 'Backend Engineer', description: POSTING, company: 'Acme', location: 'Hamburg' });
    expect(language).toBe('en');
    const byTerm = new Map(keywords.map((k) => [k.term, k]));
    expect(byTerm.get('Python')).toMatchObject({ importance: 'must', qualifiers: { years: 5, need: 'required' } });
    expect(byTerm.get('PostgreSQL')?.importance).toBe('must');
    expect(byTerm.get('Terraform')).toMatchObject({ importance: 'nice', qualifiers: { need: 'preferred' } });
    expect(byTerm.has('Go')).toBe(true);
    expect(byTerm.has('Kubernetes')).toBe(true);
    const terms = keywords.map((k) => k.term.toLowerCase());
    for (const never of ['acme', 'hamburg', 'healthcare', 'insurance', 'diversity', 'inclusion']) expect(terms).not.toContain(never);
    // The Python of the benefits line is not counted: only the requirement's occurrence is.
    expect(byTerm.get('Python')?.occurrences).toHaveLength(1);
  });

  it('never counts the company’s products', async () => {
    const text = 'Requirements\n• Experience with Adobe Photoshop and Figma\n• Zoom etiquette';
    const { keywords } = await analysePostingText({ description: text, company: 'Adobe Inc.' });
    const terms = keywords.map((k) => k.term);
    expect(terms.some((t) => /photoshop/i.test(t))).toBe(false);
    expect(terms).toContain('Figma');
  });

  it('keeps a trade the company is named after ("Fidus Verzekeringen" sells insurance)', async () => {
    const text = 'Jouw profiel\n• Heb je ervaring met het adviseren van zakelijke verzekeringen.';
    const { keywords } = await analysePostingText({ description: text, company: 'Fidus Verzekeringen' }, 'nl');
    expect(keywords.map((k) => k.term)).toContain('insurance');
    expect(keywords.map((k) => k.term.toLowerCase())).not.toContain('fidus');
  });

  it('reads a requirement in the posting\'s own words where no taxonomy names it, and a long one-line ad sentence by sentence', async () => {
    const text = 'You have experience with walking robots and muscle models. We offer a pension plan, free lunch and a gym. You know Python.';
    const { keywords } = await analysePostingText({ description: text });
    const terms = keywords.map((k) => k.term);
    expect(terms).toEqual(expect.arrayContaining(['walking robots', 'muscle models', 'Python']));
    expect(terms).not.toContain('pension');
  });

  it('gives occurrences as offsets into the text as given', async () => {
    const { keywords } = await analysePostingText({ description: POSTING });
    for (const k of keywords) for (const o of k.occurrences) expect(k.surfaces).toContain(POSTING.slice(o.start, o.end));
  });

  it('reads a German posting and names its skills canonically (in English)', async () => {
    const text = 'Ihre Aufgaben\n• Leitung von Montageprojekten\n\nIhr Profil\n• Abgeschlossenes Studium im Maschinenbau\n• Erfahrung im Projektmanagement\n• Sehr gute Englischkenntnisse und Führerschein Klasse B';
    const { language, keywords } = await analysePostingText({ title: 'Montageleiter (m/w/d)', description: text });
    expect(language).toBe('de');
    const terms = keywords.map((k) => k.term);
    expect(terms).toEqual(expect.arrayContaining(['mechanical engineering', 'project management', 'English', 'driving licence']));
    expect(keywords.find((k) => k.term === 'project management')?.importance).toBe('must');
  });
});

describe('findSkills', () => {
  it('meets inflections but not derived words', () => {
    const found = findSkills('We value excellent accounts; you know accounting, Excel and Go.', 'en')!;
    expect([...found.keys()]).toEqual(expect.arrayContaining(['accounting', 'Go']));
    expect(found.get('accounting')).toHaveLength(1);
    expect(found.get('Excel') ?? found.get('Microsoft Excel')).toHaveLength(1);
  });

  it('keeps case-sensitive names apart from everyday words', () => {
    const found = findSkills('We go to the office and react quickly.', 'en')!;
    expect(found.has('Go')).toBe(false);
    expect(found.has('React')).toBe(false);
  });
});
