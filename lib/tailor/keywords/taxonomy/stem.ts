/**
 * Word stems per language from the Snowball project's stemmers (snowball-stemmers), so
 * "developing"/"developed" and "Entwicklungen"/"Entwicklung" meet. Polish has no Snowball
 * stemmer: its words are compared lower-cased as written. Russian and Swedish have no keyword
 * vocabulary, but the truthfulness guard reads resumes in them with their stems.
 */
import snowball from 'snowball-stemmers';
import type { KeywordLanguage } from './types.ts';

/** The languages a stemmer is kept for: the keyword languages and the guard's other resume languages. */
export type StemLanguage = KeywordLanguage | 'ru' | 'sv';

const ALGORITHM: Record<StemLanguage, string | null> = {
  en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', pl: null, ru: 'russian', sv: 'swedish',
};

type Stem = (word: string) => string;
const cache = new Map<StemLanguage, Stem>();

/** The stemming function for a language (lower-cases its input). */
export function stemmerFor(lang: StemLanguage): Stem {
  let stem = cache.get(lang);
  if (!stem) {
    const algorithm = ALGORITHM[lang];
    const stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    // Postings repeat their words: a word is stemmed once (Snowball is the analysis' main cost).
    const seen = new Map<string, string>();
    // Stemming a number or a two-letter word only makes collisions ("it" → "it", "is" → "is").
    stem = (word) => {
      let out = seen.get(word);
      if (out === undefined) {
        // Russian texts write "ё" or leave it as "е": one spelling for both.
        const lower = lang === 'ru' ? word.toLowerCase().replace(/ё/g, 'е') : word.toLowerCase();
        out = stemmer && lower.length > 3 && /^\p{L}+$/u.test(lower) ? stemmer.stem(lower) : lower;
        if (seen.size > 100_000) seen.clear();
        seen.set(word, out);
      }
      return out;
    };
    cache.set(lang, stem);
  }
  return stem;
}
