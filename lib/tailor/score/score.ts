import type { PostingKeyword } from '../keywords/analyse';
import { LEXICON } from '../keywords/lexicon';
import { compileEntry, findHits } from '../keywords/match';

/** One keyword of the posting, checked against the resume text. */
export interface KeywordResult {
  term: string;
  category: PostingKeyword['category'];
  importance: PostingKeyword['importance'];
  present: boolean;
  count: number;
  /** Up to two snippets of the resume text around the hits ("where it appears"). */
  where: string[];
}

export interface MatchScore {
  /** 0–100, rounded to an integer. */
  score: number;
  must: { present: number; total: number };
  nice: { present: number; total: number };
  keywords: KeywordResult[];
}

/** Weight of a must-have keyword relative to a nice-to-have. */
export const MUST_WEIGHT = 3;
export const NICE_WEIGHT = 1;

/** Normalises extracted PDF text: ligatures (NFKC), hyphenated line breaks, runs of spaces. */
export function normaliseResumeText(text: string): string {
  return text.normalize('NFKC').replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/[ \t]+/g, ' ');
}

/**
 * The match score, deterministic and documented:
 *
 *   score = round(100 × Σ wᵢ·presentᵢ / Σ wᵢ),  w = 3 for must-haves, 1 for nice-to-haves,
 *
 * where a keyword is present when any of its spellings (canonical name or alias from the
 * lexicon) appears in the resume text as a whole word — "Java" is not found inside
 * "JavaScript", "k8s" counts for Kubernetes. Repeats do not add (stuffing earns nothing).
 * The text is what the compiled PDF contains, i.e. what an applicant tracking system reads.
 * With no keywords the score is 0.
 */
export function scoreText(keywords: PostingKeyword[], resumeText: string): MatchScore {
  const text = normaliseResumeText(resumeText);
  const byName = new Map(LEXICON.map((e) => [e.name, e]));
  const results: KeywordResult[] = keywords.map((k) => {
    const entry = byName.get(k.term) ?? { name: k.term, aliases: k.aliases, category: k.category };
    const hits = findHits(compileEntry(entry), text);
    return { term: k.term, category: k.category, importance: k.importance, present: hits.length > 0, count: hits.length, where: hits.slice(0, 2).map((h) => h.snippet) };
  });
  let got = 0;
  let total = 0;
  for (const r of results) {
    const w = r.importance === 'must' ? MUST_WEIGHT : NICE_WEIGHT;
    total += w;
    if (r.present) got += w;
  }
  const count = (imp: 'must' | 'nice') => ({
    present: results.filter((r) => r.importance === imp && r.present).length,
    total: results.filter((r) => r.importance === imp).length,
  });
  return { score: total === 0 ? 0 : Math.round((100 * got) / total), must: count('must'), nice: count('nice'), keywords: results };
}
