/** The form a phrase is stored and looked up in: its stemmed, lower-cased words. */
import { stemmerFor } from './stem.ts';
import { tokenize } from './tokens.ts';
import type { KeywordLanguage } from './types.ts';

/** "Developing Web Applications" → "develop web applic" (English); '' when it has no words. */
export function phraseKey(phrase: string, lang: KeywordLanguage): string {
  const stem = stemmerFor(lang);
  return tokenize(phrase).map((t) => stem(t.text)).join(' ');
}
