/** The language a posting is written in, among those Bespoke has vocabularies for (franc). */
import { franc } from 'franc-min';
import { KEYWORD_LANGUAGES, type KeywordLanguage } from './types.ts';

const ISO3: Record<string, KeywordLanguage> = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl' };

/** Best guess of the text's language; English when unsure or when the language is not one of ours. */
export function detectLanguage(text: string): KeywordLanguage {
  // 2,000 characters decide the language as well as the whole text, at a fraction of the time.
  const code = franc(text.slice(0, 2000), { only: Object.keys(ISO3), minLength: 20 });
  return ISO3[code] ?? 'en';
}

/** A language code given by a user ("de", "DE", "de-AT") if it is one of ours, else null. */
export function parseLanguage(code: string | null | undefined): KeywordLanguage | null {
  const base = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return (KEYWORD_LANGUAGES as readonly string[]).includes(base) ? (base as KeywordLanguage) : null;
}
