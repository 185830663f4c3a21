/**
 * Reads a posting like a recruiter: the taxonomy's terms wherever the posting asks for them,
 * weighed by the section they stand in (requirements, nice-to-have, responsibilities) and the
 * sentence around them ("5+ years", "required", "a plus"). Terms in the about-us, benefits and
 * equal-opportunity parts never count, nor the hiring company, its products or its places.
 */
import type { KeywordCategory } from './lexicon';
import { askedPhrases } from './taxonomy/asked-phrases';
import { isAskedOf } from './taxonomy/context';
import { findTerms, type CompiledTaxonomy, type TermOccurrence } from './taxonomy/matcher';
import { sentenceQualifiers, yearsSpan, type Qualifiers } from './taxonomy/qualifiers';
import { lineSections, SILENT_SECTIONS, type SectionKind } from './taxonomy/sections';
import { tokenize } from './taxonomy/tokens';

export interface KeywordOccurrence {
  start: number;
  end: number;
  section: SectionKind;
}

/** A keyword with everything the analysis knows about it. */
export interface AnalysedKeyword {
  term: string;
  category: KeywordCategory;
  importance: 'must' | 'nice';
  /** Spellings as the posting wrote them. */
  surfaces: string[];
  qualifiers: Qualifiers;
  /** Character offsets into the description as given. */
  occurrences: KeywordOccurrence[];
  inTitle: boolean;
}

export interface PostingInput {
  title?: string | null;
  description: string;
  company?: string | null;
  location?: string | null;
}

// A field of study ("Engineering", "Finance") is a requirement only beside a degree word.
const FIELDS = new Set(['Computer Science', 'Engineering', 'Mathematics', 'Physics', 'Statistics', 'Economics', 'Finance', 'Business Administration']);
const DEGREE_CUE = /\b(degree|bachelor|master|b\.?sc|m\.?sc|b\.?s\.|m\.?s\.|ph\.?d|diploma|graduate|major|field|studies|qualification|studium|abschluss|diplôme|licence|título|laurea|diploma|opleiding|wykształcenie)/i;

const fold = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}+#]+/gu, ' ').trim();

// Words company names share with skills ("PaperCut Software", "Löwenstein Medical Technology").
const GENERIC_NAME_WORDS = /^(gmbh|inc|ltd|llc|ag|co|kg|se|sa|bv|nv|plc|the|of|and|und|et|group|gruppe|software|technology|technologies|technik|medical|systems|solutions|services|international|global|labs|digital|data|health|energy|bank|capital|consulting|partners|cloud|ai|analytics|engineering|industries|holding|europe|company|insurance|verzekeringen|versicherung|versicherungen|assurance|assurances|seguros|assicurazioni|ubezpieczenia|bank|banque|banco|banca|consultancy|beratung|conseil|consultoria|logistics|logistik|transport|pharma|media|retail)$/;

/** The employer's distinctive name words: a term that names it ("Zoom", "Adobe Photoshop") is its product, not a skill. */
function companyWords(input: PostingInput): Set<string> {
  return new Set(fold(input.company ?? '').split(' ').filter((w) => w.length > 1 && !GENERIC_NAME_WORDS.test(w)));
}

/** Words of the employer's places: a term made only of them is a place. */
function placeWords(input: PostingInput): Set<string> {
  return new Set(fold(input.location ?? '').split(' ').filter((w) => w.length > 1));
}

const CATEGORIES = new Set<string>(['language', 'framework', 'tool', 'cloud', 'data', 'practice', 'certification', 'title', 'degree', 'soft', 'knowledge', 'skill', 'other']);

/**
 * The posting's lines, and the sentences of long lines: some boards give the whole ad as one
 * line, and one sentence about benefits must not silence the requirements beside it.
 */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const m of line.matchAll(/(?<=[.!?;])\s+(?=[\p{Lu}•])/gu)) {
      out.push({ text: line.slice(from, m.index), start: start + from });
      from = (m.index ?? 0) + m[0].length;
    }
    out.push({ text: line.slice(from), start: start + from });
    start += line.length + 1;
  }
  return out;
}

/** Every occurrence of every term in `text` from the taxonomies, the first taxonomy winning overlaps. */
export function occurrencesIn(taxonomies: CompiledTaxonomy[], text: string): { tax: CompiledTaxonomy; occ: TermOccurrence }[] {
  const tokens = tokenize(text);
  const taken: boolean[] = [];
  const out: { tax: CompiledTaxonomy; occ: TermOccurrence }[] = [];
  for (const tax of taxonomies) {
    for (const occ of findTerms(tax, text, tokens)) {
      if (taken.slice(occ.start, occ.end).some(Boolean)) continue;
      for (let i = occ.start; i < occ.end; i++) taken[i] = true;
      out.push({ tax, occ });
    }
  }
  return out.sort((a, b) => a.occ.start - b.occ.start);
}

/** The posting's keywords (see the module docs), must-haves first, then by mentions. */
export function analyseWithTaxonomy(taxonomies: CompiledTaxonomy[], input: PostingInput): AnalysedKeyword[] {
  const text = input.description;
  const parts = sentences(text);
  const lines = parts.map((p) => p.text);
  const sections = lineSections(lines);
  const company = companyWords(input);
  const places = placeWords(input);
  const titleTerms = new Set(occurrencesIn(taxonomies, input.title ?? '').map((f) => f.tax.terms[f.occ.term].c));
  const byTerm = new Map<string, AnalysedKeyword>();
  lines.forEach((line, k) => {
    const section = sections[k];
    const lineStart = parts[k].start;
    if (SILENT_SECTIONS.has(section) || !line.trim()) return;
    const q = sentenceQualifiers(line);
    const years = yearsSpan(line);
    const found = occurrencesIn(taxonomies, line);
    // "5+ years" qualifies the first term after it, else the last before it.
    const yearsTarget = years ? (found.find((f) => f.occ.start >= years.end) ?? [...found].reverse().find((f) => f.occ.end <= years.start)) : undefined;
    // What the line asks for in its own words where no taxonomy term stands ("experience with walking robots").
    const asked = askedPhrases(line, tokenize(line))
      .filter((a) => !found.some((f) => f.occ.start < a.end && a.start < f.occ.end))
      .map((a) => ({ occ: a, term: line.slice(a.start, a.end).replace(/\s+/g, ' '), category: 'knowledge' }));
    const terms = found.map((f) => ({ occ: f.occ, term: f.tax.terms[f.occ.term].c, category: f.tax.terms[f.occ.term].k, f }));
    for (const t of [...terms, ...asked]) {
      const surface = line.slice(t.occ.start, t.occ.end);
      const words = fold(surface).split(' ');
      if (words.some((w) => company.has(w)) || words.every((w) => places.has(w))) continue;
      if (FIELDS.has(t.term) && !DEGREE_CUE.test(line)) continue;
      if (!isAskedOf({ term: t.term, category: t.category, line, start: t.occ.start, end: t.occ.end, titleTerms, section })) continue;
      const key = 'f' in t ? t.term : t.term.toLowerCase();
      let kw = byTerm.get(key);
      if (!kw) {
        kw = { term: t.term, category: (CATEGORIES.has(t.category) ? t.category : 'other') as KeywordCategory, importance: 'nice', surfaces: [], qualifiers: {}, occurrences: [], inTitle: false };
        byTerm.set(key, kw);
      }
      if (!kw.surfaces.includes(surface)) kw.surfaces.push(surface);
      kw.occurrences.push({ start: lineStart + t.occ.start, end: lineStart + t.occ.end, section });
      if ('f' in t && t.f === yearsTarget && q.years !== undefined) kw.qualifiers.years = Math.max(kw.qualifiers.years ?? 0, q.years);
      const need = q.need ?? (section === 'requirements' ? 'required' : section === 'preferred' ? 'preferred' : undefined);
      if (need === 'required' || (need && !kw.qualifiers.need)) kw.qualifiers.need = need;
    }
  });
  for (const kw of byTerm.values()) {
    kw.inTitle = titleTerms.has(kw.term);
    const must = kw.inTitle || kw.qualifiers.need === 'required' || (kw.qualifiers.need !== 'preferred' && kw.occurrences.length >= 3);
    kw.importance = must ? 'must' : 'nice';
  }
  return [...byTerm.values()].sort((a, b) => (a.importance === b.importance ? b.occurrences.length - a.occurrences.length : a.importance === 'must' ? -1 : 1));
}
