/**
 * Finds the taxonomy's phrases in a text in one pass over its words: each word's stem looks up
 * the phrases that start with it, and the longest that fits wins ("machine learning
 * engineering" before "machine learning"). Case-sensitive names are compared as written.
 */
import { stemmerFor } from './stem.ts';
import { tokenize, type Token } from './tokens.ts';
import type { KeywordLanguage, TaxonomyData, TaxonomyTerm } from './types.ts';

interface Phrase {
  words: string[];
  term: number;
  /** For a one-word phrase, the label's length: words sharing its stem match only when of about
   * the same length (an inflection), not a derived word ("account"/"accounting", "Excel"/"excellent"). */
  length?: number;
}

export interface CompiledTaxonomy {
  lang: KeywordLanguage;
  terms: TaxonomyTerm[];
  byFirstStem: Map<string, Phrase[]>;
  byFirstSurface: Map<string, Phrase[]>;
}

/** One place a term occurs: character offsets into the text as given. */
export interface TermOccurrence {
  term: number;
  start: number;
  end: number;
  /** Index of the first word, for looking at neighbours. */
  word: number;
}

function push(map: Map<string, Phrase[]>, words: string[], term: number, length?: number): void {
  const phrase = { words, term, length };
  const list = map.get(words[0]);
  if (list) list.push(phrase);
  else map.set(words[0], [phrase]);
}

/** Indexes a language's data for matching (done once per language, after loading). */
export function compileTaxonomy(data: TaxonomyData): CompiledTaxonomy {
  const byFirstStem = new Map<string, Phrase[]>();
  const byFirstSurface = new Map<string, Phrase[]>();
  data.terms.forEach((t, i) => {
    for (const p of t.p) {
      const [words, length] = p.split('|');
      push(byFirstStem, words.split(' '), i, length ? Number(length) : undefined);
    }
    for (const e of t.e) push(byFirstSurface, tokenize(e).map((w) => w.text), i);
  });
  for (const list of [...byFirstStem.values(), ...byFirstSurface.values()]) list.sort((a, b) => b.words.length - a.words.length);
  return { lang: data.lang, terms: data.terms, byFirstStem, byFirstSurface };
}

function fits(phrase: Phrase, words: string[], at: number, tokens?: Token[]): boolean {
  // Inflections add or take a few letters ("Entwicklung" → "Entwicklungen", "studies" → "study").
  if (phrase.length && tokens && (tokens[at].text.length < phrase.length - 1 || tokens[at].text.length > phrase.length + 3)) return false;
  for (let j = 1; j < phrase.words.length; j++) if (words[at + j] !== phrase.words[j]) return false;
  return true;
}

/** Every term occurrence in `text`, in order; overlapping shorter matches give way to longer ones. */
export function findTerms(tax: CompiledTaxonomy, text: string, tokens: Token[] = tokenize(text)): TermOccurrence[] {
  const stem = stemmerFor(tax.lang);
  const stems = tokens.map((t) => stem(t.text));
  const surfaces = tokens.map((t) => t.text);
  const out: TermOccurrence[] = [];
  for (let i = 0; i < tokens.length; ) {
    const a = tax.byFirstSurface.get(surfaces[i])?.find((p) => fits(p, surfaces, i));
    const b = tax.byFirstStem.get(stems[i])?.find((p) => fits(p, stems, i, tokens));
    const best = a && (!b || a.words.length >= b.words.length) ? a : b;
    if (!best) { i++; continue; }
    const last = tokens[i + best.words.length - 1];
    out.push({ term: best.term, start: tokens[i].start, end: last.end, word: i });
    i += best.words.length;
  }
  return out;
}
