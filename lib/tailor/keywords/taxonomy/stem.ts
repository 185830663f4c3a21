/**
 * Word stems per language from the Snowball project's stemmers (snowball-stemmers), so
 * "developing"/"developed" and "Entwicklungen"/"Entwicklung" meet. Polish has no Snowball
 * stemmer: its words are compared lower-cased as written.
 */
import snowball from 'snowball-stemmers';
import type { KeywordLanguage } from './types.ts';

const ALGORITHM: Record<KeywordLanguage, string | null> = {
  en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', pl: null,
};

type Stem = (word: string) => string;
const cache = new Map<KeywordLanguage, Stem>();

/** The stemming function for a language (lower-cases its input). */
export function stemmerFor(lang: KeywordLanguage): Stem {
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
        const lower = word.toLowerCase();
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
