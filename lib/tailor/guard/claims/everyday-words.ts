import { stemmerFor } from '../../keywords/taxonomy/stem';
import type { GuardLanguage, OtherLanguage } from './resume-language';

/**
 * The everyday vocabulary of resumes not written in English: the 50,000 most frequent words of
 * each language in film and TV subtitles (scripts/guard/build-everyday-words.ts), stored as their
 * Snowball stems. The English
 * list (everyday-english.ts) cannot see that "Begeleiding", "Uso" or "Accompagnement" are
 * ordinary words: without this, every synonym a model picks in Dutch, Italian or French was a
 * new "tool". Loaded per language on first use (each list is its own chunk, ~35 kB gzipped).
 */
export type { OtherLanguage };

const LOADERS: Record<OtherLanguage, () => Promise<{ default: { stems: string } }>> = {
  de: () => import('./data/everyday-de.json'),
  fr: () => import('./data/everyday-fr.json'),
  es: () => import('./data/everyday-es.json'),
  it: () => import('./data/everyday-it.json'),
  pt: () => import('./data/everyday-pt.json'),
  nl: () => import('./data/everyday-nl.json'),
  pl: () => import('./data/everyday-pl.json'),
  ru: () => import('./data/everyday-ru.json'),
  sv: () => import('./data/everyday-sv.json'),
};

const loaded = new Map<GuardLanguage, Set<string>>();

/** Loads the everyday words of `lang` once (English needs none: its list ships with the guard). */
export async function loadEverydayWords(lang: GuardLanguage): Promise<void> {
  if (lang === 'en' || loaded.has(lang)) return;
  const { default: data } = await LOADERS[lang]();
  // Stored as stems (Polish: as words, read by their starts too).
  loaded.set(lang, new Set(data.stems.split(' ').flatMap((s) => [`~${s}`, ...(lang === 'pl' ? listedStarts(s) : [])])));
}

// Polish has no Snowball stemmer and inflects by ending: a word is known when it and a listed
// word differ only in their last letters (at most two of the listed word, three of this one, four
// letters shared): "środowiskach" is "środowisko", "użyciu" "użycie", "stażu" "staż".
const listedStarts = (w: string) => [0, 1, 2].map((k) => w.slice(0, w.length - k)).filter((p) => p.length >= 4).map((p) => `^${p}`);
const wordStarts = (w: string) => [0, 1, 2, 3].map((k) => w.slice(0, w.length - k)).filter((p) => p.length >= 4).map((p) => `^${p}`);

/**
 * Infinitives a verb form may come from, where the Snowball stemmers leave the ending on: Dutch
 * and German past tenses and participles ("vormde" → "vormen", "migriert" → "migrieren"),
 * Romance gerunds ("migrando" → "migrar"), Portuguese and Spanish first persons ("Otimizei" →
 * "otimizar"), French present tenses and participles ("Assure" → "assurer", "orchestrés" →
 * "orchestrer"). Only used to ask whether the word is everyday vocabulary.
 */
function infinitives(lang: GuardLanguage, w: string): string[] {
  const m = (re: RegExp) => re.exec(w)?.[1];
  const out: string[] = [];
  const add = (root: string | undefined, ...ends: string[]) => { if (root && root.length >= 3) for (const e of ends) out.push(root + e); };
  // Dutch doubles a vowel in a closed syllable: "standaardiseerde" is "standaardiseren".
  const undouble = (r: string | undefined) => r?.replace(/([aeou])\1([^aeiou])$/, '$1$2');
  if (lang === 'nl') { const r = m(/^(.+?)(?:de|te|den|ten)$/); add(r, 'en'); add(undouble(r), 'en'); if (r) add(r + r.at(-1), 'en'); const t = m(/^(.+)t$/); add(t, 'en'); add(undouble(t), 'en'); }
  if (lang === 'de') {
    add(m(/^(.+?)(?:te|ten|test|tet|ete|eten)$/), 'en', 'n'); add(m(/^(.+)iert$/), 'ieren'); add(m(/^(.+[^i])t$/), 'en', 'n');
    // Participles: "gesteuert" is "steuern", "nachgeschärft" "nachschärfen".
    const ge = /^(nach|vor|auf|ab|an|aus|ein|mit|zu|um|weiter|zurück|her|hin)?ge(.{3,})(?:t|et|en)$/.exec(w);
    if (ge) add((ge[1] ?? '') + ge[2], 'en', 'n');
  }
  if (lang === 'es' || lang === 'pt') { add(m(/^(.+)ando$/), 'ar'); add(m(/^(.+)iendo$/), 'er', 'ir'); add(m(/^(.+)endo$/), 'er'); add(m(/^(.+)indo$/), 'ir'); }
  // Spelling keeps the sound before "e": "publiquei" is "publicar", "Optimicé" "optimizar", "entreguei" "entregar".
  if (lang === 'pt') { add(m(/^(.+)ei$/), 'ar'); add(m(/^(.+)i$/), 'er', 'ir'); add(m(/^(.+)ou$/), 'ar'); add(m(/^(.+)quei$/), 'car'); add(m(/^(.+)guei$/), 'gar'); add(m(/^(.+)cei$/), 'çar'); }
  if (lang === 'es') { add(m(/^(.+)é$/), 'ar'); add(m(/^(.+)ó$/), 'ar'); add(m(/^(.+)í$/), 'er', 'ir'); add(m(/^(.+)ió$/), 'er', 'ir'); add(m(/^(.+)qué$/), 'car'); add(m(/^(.+)gué$/), 'gar'); add(m(/^(.+)cé$/), 'zar'); add(m(/^(.+)yendo$/), 'ir'); }
  if (lang === 'it') { add(m(/^(.+)ando$/), 'are'); add(m(/^(.+)endo$/), 'ere', 'ire'); add(m(/^(.+)at[oaie]$/), 'are'); add(m(/^(.+)it[oaie]$/), 'ire'); }
  if (lang === 'fr') { add(m(/^(.+)ant$/), 'er', 'ir', 're'); add(m(/^(.+)e$/), 'er'); add(m(/^(.+)es$/), 'er'); add(m(/^(.+)(?:é|ée|és|ées)$/), 'er'); add(m(/^(.+)it$/), 'ir', 'ire'); }
  return out;
}

/**
 * Whether a lower-case word is everyday vocabulary of `lang` (by its stem, or as a form of an
 * everyday verb). False when the list is not loaded: the guard then reads the word
 * as new, the stricter side.
 */
export function isEverydayIn(lang: GuardLanguage, lower: string): boolean {
  const set = loaded.get(lang);
  if (!set) return false;
  // "œ" is written "oe" in some lists and texts: "mise en œuvre"; Russian "ё" is listed as "е".
  const w = lang === 'ru' ? lower.replace(/ё/g, 'е') : lower.replace(/œ/g, 'oe');
  // The lists hold stems only (and, for Polish, word starts).
  const known = (x: string) => set.has(`~${stemmerFor(lang)(x)}`) || (lang === 'pl' && wordStarts(x).some((p) => set.has(p)));
  return known(lower) || (w !== lower && known(w)) || infinitives(lang, lower).some(known);
}
