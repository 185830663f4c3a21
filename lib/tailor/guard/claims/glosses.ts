import { hasWordOrTypo, type Evidence } from './evidence-text';
import { isEverydayEnglish } from './everyday-english';
import { isForeignFunctionWord } from './function-words';
import { sameStemInLanguage, sharesRoot } from './other-languages';
import { STOPWORDS, type Word } from './words';

const ACRONYM = /^[A-Z][A-Z0-9]{2,}$/;

/** An acronym of another language for the same name: the same letters in another order ("RGPD" for "GDPR", "ADN" for "DNA", "OTAN" for "NATO"). */
const sameLetters = (a: string, b: string) => a !== b && a.length === b.length && [...a].sort().join('') === [...b].sort().join('');

/**
 * Indexes of the words that only translate a phrase beside them, in a resume not in English:
 * "Глубинное обучение / Deep Learning", "täthetsfunktionalteori (Density Functional Theory)",
 * "Conformité RGPD (GDPR)". A model tailoring a resume in French or Russian for an English
 * posting glosses the person's terms this way; the gloss states nothing new.
 *
 * A pair is two runs of words side by side, the second in parentheses (up to a comma) or after
 * a slash. Either run may be the new one:
 * - the new run translates a run whose every word the evidence has (a stem or a typo apart),
 *   when it is English (everyday English or function words, so no product name slips in as a
 *   "translation") and about as long (one word more or less; a one-word compound may give
 *   three English words);
 * - a new run of the resume's language is the translation of a backed English gloss.
 * A backed acronym glosses a new one only when they share their letters (GDPR/RGPD).
 */
export function glossWords(words: Word[], text: string, ev: Evidence): Set<number> {
  const out = new Set<number>();
  if (ev.lang === 'en') return out;
  const backed = (w: Word) => STOPWORDS.has(w.lower) || isForeignFunctionWord(w.lower) || hasWordOrTypo(ev, w.lower) || sameStemInLanguage(ev, w.lower) || sharesRoot(ev, w.lower) || (ACRONYM.test(w.raw) && ev.raw.has(w.raw));
  const english = (w: Word) => STOPWORDS.has(w.lower) || w.lower.split('-').every((p) => isEverydayEnglish(p));
  const gap = (a: Word, b: Word) => text.slice(a.index + a.raw.length, b.index);
  for (let i = 1; i < words.length; i++) {
    const sep = gap(words[i - 1], words[i]);
    if (!/^\s*(\(|\/)\s*$/.test(sep)) continue;
    const paren = sep.includes('(');
    // The gloss: words up to the closing parenthesis or a comma (or, after a slash, any punctuation).
    let end = i + 1;
    while (end < words.length && /^[\s-]*$/.test(gap(words[end - 1], words[end]))) end++;
    if (paren && !/^\s*[),]/.test(text.slice(words[end - 1].index + words[end - 1].raw.length))) continue;
    const gloss = words.slice(i, end);
    // The phrase glossed: as many words before it, joined by spaces only.
    let start = i - 1;
    while (start > 0 && i - start < gloss.length + 2 && /^[\s-]*$/.test(gap(words[start - 1], words[start]))) start--;
    const near = (run: Word[], other: Word[]) => Math.abs(run.length - other.length) <= 1 || (other.length === 1 && run.length <= 3);
    for (let s = start; s < i; s++) {
      const phrase = words.slice(s, i);
      if (gloss.length === 1 && phrase.length === 1 && ACRONYM.test(gloss[0].raw) && ACRONYM.test(phrase[0].raw)) {
        if (ev.raw.has(phrase[0].raw) && sameLetters(gloss[0].raw, phrase[0].raw)) out.add(i);
        else if (ev.raw.has(gloss[0].raw) && sameLetters(gloss[0].raw, phrase[0].raw)) out.add(i - 1);
        break;
      }
      if (!near(gloss, phrase) && !near(phrase, gloss)) continue;
      if (phrase.every(backed) && gloss.every(english) && !gloss.every(backed)) { gloss.forEach((_, k) => out.add(i + k)); break; }
      if (gloss.every(backed) && !phrase.every(english) && !phrase.every(backed)) { phrase.forEach((_, k) => out.add(s + k)); break; }
    }
  }
  return out;
}
