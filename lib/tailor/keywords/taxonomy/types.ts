/** The generated vocabulary of one language (lib/tailor/keywords/data/<lang>.json). */

/** Languages Bespoke reads postings in: a Snowball stemmer for each but Polish (none exists). */
export const KEYWORD_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl'] as const;
export type KeywordLanguage = (typeof KEYWORD_LANGUAGES)[number];

/** One concept: compact keys keep the shipped JSON small. */
export interface TaxonomyTerm {
  /** Canonical name (English, so postings and resumes in different languages meet). */
  c: string;
  /** Category: a lexicon category, `knowledge` or `skill` (ESCO), `tool` (O*NET). */
  k: string;
  /** Phrases as stemmed, lower-cased tokens joined by one space; a one-word phrase whose label is
   * longer than its stem ends in `|<label length>`. */
  p: string[];
  /** Case-sensitive spellings matched as written ("Go", "R", "AWS"). */
  e: string[];
}

export interface TaxonomyData {
  lang: KeywordLanguage;
  version: number;
  terms: TaxonomyTerm[];
}
