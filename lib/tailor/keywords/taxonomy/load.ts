/**
 * Loads a language's generated vocabulary on first use: each language is its own chunk, so a
 * user reading German postings never downloads the Polish data.
 */
import { compileTaxonomy, type CompiledTaxonomy } from './matcher.ts';
import type { KeywordLanguage, TaxonomyData } from './types.ts';

const LOADERS: Record<KeywordLanguage, () => Promise<{ default: unknown }>> = {
  en: () => import('../data/en.json'),
  de: () => import('../data/de.json'),
  fr: () => import('../data/fr.json'),
  es: () => import('../data/es.json'),
  it: () => import('../data/it.json'),
  pt: () => import('../data/pt.json'),
  nl: () => import('../data/nl.json'),
  pl: () => import('../data/pl.json'),
};

const loaded = new Map<KeywordLanguage, CompiledTaxonomy>();
const pending = new Map<KeywordLanguage, Promise<CompiledTaxonomy>>();

/** The compiled vocabulary of `lang`, loading it once. */
export function loadTaxonomy(lang: KeywordLanguage): Promise<CompiledTaxonomy> {
  const ready = loaded.get(lang);
  if (ready) return Promise.resolve(ready);
  let p = pending.get(lang);
  if (!p) {
    p = LOADERS[lang]().then((m) => {
      const compiled = compileTaxonomy(m.default as TaxonomyData);
      loaded.set(lang, compiled);
      return compiled;
    });
    pending.set(lang, p);
  }
  return p;
}

/** The vocabulary of `lang` when it is already loaded (synchronous callers), else null. */
export function loadedTaxonomy(lang: KeywordLanguage): CompiledTaxonomy | null {
  return loaded.get(lang) ?? null;
}

/**
 * Forgets every loaded vocabulary, as in a fresh panel. For tests of the hand-written lexicon
 * path, which share one process with tests that loaded a vocabulary (vitest runs files unisolated).
 */
export function forgetLoadedTaxonomies(): void {
  loaded.clear();
  pending.clear();
}
