/**
 * The keyword vocabulary as the rest of Bespoke uses it: load a language's data once (async),
 * then analyse postings and find skills in any text synchronously. English is always loaded
 * beside the posting's language: postings in German or Dutch name tools and skills in English.
 */
import { analyseWithTaxonomy, occurrencesIn, type AnalysedKeyword, type PostingInput } from './posting-analysis';
import { detectLanguage } from './taxonomy/language';
import { loadedTaxonomy, loadTaxonomy } from './taxonomy/load';
import type { CompiledTaxonomy } from './taxonomy/matcher';
import type { KeywordLanguage } from './taxonomy/types';

export type { KeywordLanguage } from './taxonomy/types';
export { detectLanguage, parseLanguage } from './taxonomy/language';

/** Loads the vocabularies for `lang` and English (no-op when loaded). */
export async function loadKeywordData(lang: KeywordLanguage): Promise<void> {
  await Promise.all([loadTaxonomy(lang), loadTaxonomy('en')]);
}

/** The loaded vocabularies for `lang` (its own first, then English), or null when not loaded. */
export function keywordTaxonomies(lang: KeywordLanguage): CompiledTaxonomy[] | null {
  const own = loadedTaxonomy(lang);
  const en = loadedTaxonomy('en');
  if (!own || !en) return null;
  return lang === 'en' ? [en] : [own, en];
}

export interface PostingAnalysis {
  language: KeywordLanguage;
  keywords: AnalysedKeyword[];
}

/** Detects the posting's language (unless given), loads its data, and analyses it. */
export async function analysePostingText(input: PostingInput, lang?: KeywordLanguage | null): Promise<PostingAnalysis> {
  const language = lang ?? detectLanguage(`${input.title ?? ''}\n${input.description}`);
  await loadKeywordData(language);
  return { language, keywords: analyseWithTaxonomy(keywordTaxonomies(language)!, input) };
}

/** Canonical terms found in `text` with their character offsets (resumes, rewrites), or null when the data is not loaded. */
export function findSkills(text: string, lang: KeywordLanguage = 'en'): Map<string, { start: number; end: number }[]> | null {
  const taxonomies = keywordTaxonomies(lang);
  if (!taxonomies) return null;
  const out = new Map<string, { start: number; end: number }[]>();
  for (const { tax, occ } of occurrencesIn(taxonomies, text)) {
    const term = tax.terms[occ.term].c;
    const list = out.get(term) ?? [];
    list.push({ start: occ.start, end: occ.end });
    out.set(term, list);
  }
  return out;
}
