import { franc } from 'franc-min';
import type { StemLanguage } from '../../keywords/taxonomy/stem';

/**
 * The languages the guard reads a resume in: the keyword languages plus Russian and Swedish,
 * which have no keyword vocabulary but everyday words, stems and claim words of their own.
 * A resume in any other language is read as English (every word it adds is then new, the
 * stricter side).
 */
export type GuardLanguage = StemLanguage;
export type OtherLanguage = Exclude<GuardLanguage, 'en'>;

const ISO3: Record<string, GuardLanguage> = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', rus: 'ru', swe: 'sv' };

/** The language of a resume's printed text (franc over its first 2,000 characters); English when unsure. */
export function detectResumeLanguage(text: string): GuardLanguage {
  const code = franc(text.slice(0, 2000), { only: Object.keys(ISO3), minLength: 20 });
  return ISO3[code] ?? 'en';
}
