import type { PostingKeyword } from './analyse';
import { LEXICON } from './lexicon';
import { compileEntry, findHits } from './match';

export interface KeywordRefinement {
  keywords: PostingKeyword[];
  /** What changed, for the run record ("added X (must)", "Y: nice → must"). */
  changes: string[];
  /** Terms refused because the posting does not contain them. */
  ignored: string[];
}

/**
 * Applies the model's refinement of the deterministic keyword list: a known term may change
 * weight; a new term is added only when the posting itself contains it as a whole word
 * (so the model cannot invent requirements), with at most four words.
 */
export function refineKeywords(base: PostingKeyword[], proposed: { term: string; importance: 'must' | 'nice' }[], postingText: string): KeywordRefinement {
  const keywords = base.map((k) => ({ ...k }));
  const changes: string[] = [];
  const ignored: string[] = [];
  const byName = new Map(LEXICON.map((e) => [e.name.toLowerCase(), e]));
  for (const p of proposed) {
    const term = p.term.trim();
    const lower = term.toLowerCase();
    const existing = keywords.find((k) => k.term.toLowerCase() === lower || k.aliases.some((a) => a.toLowerCase() === lower));
    if (existing) {
      if (existing.importance !== p.importance) { changes.push(`${existing.term}: ${existing.importance} → ${p.importance}`); existing.importance = p.importance; }
      continue;
    }
    const entry = byName.get(lower) ?? { name: term, category: 'other' as const };
    const mentions = findHits(compileEntry(entry), postingText).length;
    if (mentions === 0 || term.split(/\s+/).length > 4) { ignored.push(term); continue; }
    keywords.push({ term: entry.name, aliases: entry.aliases ?? [], category: entry.category, importance: p.importance, mentions });
    changes.push(`added ${entry.name} (${p.importance})`);
  }
  return { keywords, changes, ignored };
}
