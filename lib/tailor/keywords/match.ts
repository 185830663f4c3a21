import type { LexiconEntry } from './lexicon';

/** One place a keyword was found in a text. */
export interface KeywordHit {
  index: number;
  /** The words around the hit, for "where it appears". */
  snippet: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Short all-caps aliases ("CS", "ML", "BS") are matched with their case so "ms" or "ai" in prose don't count. */
function needsExactCase(alias: string, entry: LexiconEntry): boolean {
  return (entry.exactCase === true && alias === entry.name) || (alias.length <= 3 && alias === alias.toUpperCase() && /[A-Z]/.test(alias));
}

/** A compiled matcher for one lexicon entry (all its spellings). */
export interface EntryMatcher {
  entry: LexiconEntry;
  exact: RegExp | null;
  loose: RegExp | null;
  /** Lower-cased spellings: a cheap substring test before the regular expressions run. */
  needles: string[];
}

/**
 * Whole-word patterns: a spelling matches when neither side touches a letter, digit, `+`
 * or `#`, so "Java" never matches inside "JavaScript" and "C" never inside "C++" or "R&D".
 */
export function compileEntry(entry: LexiconEntry): EntryMatcher {
  const spellings = [entry.name, ...(entry.aliases ?? [])];
  const exact = spellings.filter((a) => needsExactCase(a, entry)).map(escapeRe);
  const loose = spellings.filter((a) => !needsExactCase(a, entry)).map(escapeRe);
  const wrap = (alts: string[]) => `(?<![\\p{L}\\p{N}+#])(?:${alts.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}+#]|&|\\.[\\p{L}\\p{N}])`;
  return {
    entry,
    exact: exact.length ? new RegExp(wrap(exact), 'gu') : null,
    loose: loose.length ? new RegExp(wrap(loose), 'giu') : null,
    needles: spellings.map((x) => x.toLowerCase()),
  };
}

/** Every place the entry occurs in `text` (whitespace-normalised), in order. */
export function findHits(m: EntryMatcher, text: string): KeywordHit[] {
  const hits: KeywordHit[] = [];
  const lower = text.toLowerCase();
  if (!m.needles.some((n) => lower.includes(n))) return hits;
  for (const re of [m.exact, m.loose]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const x of text.matchAll(re)) {
      const i = x.index ?? 0;
      hits.push({ index: i, snippet: text.slice(Math.max(0, i - 40), i + x[0].length + 40).replace(/\s+/g, ' ').trim() });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}
