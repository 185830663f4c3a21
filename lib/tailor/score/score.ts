import type { PostingKeyword } from '../keywords/analyse';
import { detectLanguage, findSkills } from '../keywords/keyword-data';
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

/** The three parts of the score, each 0–100 (rounded) over the posting's whole keyword weight. */
export interface ScoreComponents {
  /** Weighted share of the posting's keywords present at all. */
  coverage: number;
  /** Weighted share, scaled by how early each present keyword is first mentioned. */
  prominence: number;
  /** Weighted share, scaled by how often each present keyword is mentioned (capped at 2). */
  frequency: number;
}

export interface MatchScore {
  /** 0–100, rounded to an integer: the blend of the components (see `scoreText`). */
  score: number;
  components: ScoreComponents;
  must: { present: number; total: number };
  nice: { present: number; total: number };
  keywords: KeywordResult[];
}

/** Weight of a must-have keyword relative to a nice-to-have. */
export const MUST_WEIGHT = 3;
export const NICE_WEIGHT = 1;

/** Share of each component in the score; presence dominates (see `scoreText`). */
export const SCORE_BLEND = { coverage: 0.7, prominence: 0.2, frequency: 0.1 } as const;

/** A first mention within this leading share of the text counts as fully prominent. */
export const PROMINENT_SHARE = 0.25;

/** Mentions beyond this many earn nothing more (stuffing a keyword is not rewarded). */
export const FREQUENCY_CAP = 2;

/** Normalises extracted PDF text: ligatures (NFKC), hyphenated line breaks, runs of spaces. */
export function normaliseResumeText(text: string): string {
  return text.normalize('NFKC').replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2').replace(/[ \t]+/g, ' ');
}

/**
 * Prominence of a first mention at `index` in a text of `length` characters: 1 in the first
 * quarter, then linearly down to 0 at the very end.
 */
export function prominenceAt(index: number, length: number): number {
  if (length <= 0) return 0;
  const x = Math.min(Math.max(index / length, 0), 1);
  return x <= PROMINENT_SHARE ? 1 : (1 - x) / (1 - PROMINENT_SHARE);
}

/** Frequency credit: `count` mentions against what the posting asks for, capped at `FREQUENCY_CAP`. */
export function frequencyCredit(count: number, postingMentions: number): number {
  return Math.min(count / Math.min(Math.max(postingMentions, 1), FREQUENCY_CAP), 1);
}

/**
 * The match score, deterministic and documented. With wᵢ = 3 for must-haves, 1 for
 * nice-to-haves, W = Σ wᵢ over all the posting's keywords, and presentᵢ ∈ {0, 1}:
 *
 *   coverage   = Σ wᵢ·presentᵢ / W
 *   prominence = Σ wᵢ·presentᵢ·pᵢ / W,  pᵢ = 1 if the first mention is in the first quarter of
 *                the text, else linearly down to 0 at the end: (1 − x)/(0.75), x = position/length
 *   frequency  = Σ wᵢ·presentᵢ·fᵢ / W,  fᵢ = min(countᵢ / min(postingMentionsᵢ, 2), 1)
 *   score      = round(100 × (0.70·coverage + 0.20·prominence + 0.10·frequency))
 *
 * Why: coverage (the old score) is what an applicant tracking system filters on, so it keeps
 * 70% and a missing keyword earns nothing in any component — a present keyword is always worth
 * at least 70% of its full credit, prominence and frequency can add at most the other 30%.
 * Prominence (20%) models a recruiter or ATS skimming top-down: the header and the first
 * entries are read, the rest is skimmed, hence the flat first quarter and the linear fall;
 * this is what reordering bullets and skills by relevance improves. Frequency (10%) rewards a
 * truthful rephrasing that mentions a supported skill again, capped at two mentions (or one
 * when the posting names it once), so keyword stuffing earns nothing; it gets the smallest
 * share because repetition is the easiest signal to game.
 *
 * A keyword is present when any of its spellings (canonical name or lexicon alias) appears
 * as a whole word — "Java" is not found inside "JavaScript", "k8s" counts for Kubernetes —
 * or, once the keyword data is loaded, when the taxonomy finds the same concept in the text.
 * The text is what the compiled PDF contains (positions are in that text, i.e. in reading
 * order), what an applicant tracking system reads. With no keywords every part is 0.
 */
export function scoreText(keywords: PostingKeyword[], resumeText: string): MatchScore {
  const text = normaliseResumeText(resumeText);
  const byName = new Map(LEXICON.map((e) => [e.name, e]));
  // With the taxonomy loaded, a skill also counts when the resume names it in another form or
  // language ("developed" for "development", "Projektmanagement" for "project management").
  const skills = findSkills(text, detectLanguage(text)) ?? findSkills(text, 'en');
  let total = 0;
  const sums = { coverage: 0, prominence: 0, frequency: 0 };
  const results: KeywordResult[] = keywords.map((k) => {
    const entry = byName.get(k.term) ?? { name: k.term, aliases: k.aliases, category: k.category };
    const spelled = findHits(compileEntry(entry), text);
    const stemmed = spelled.length ? [] : (skills?.get(k.term) ?? []).map((o) => ({ index: o.start, snippet: text.slice(Math.max(0, o.start - 40), o.end + 40).replace(/\s+/g, ' ').trim() }));
    const hits = spelled.length ? spelled : stemmed;
    const w = k.importance === 'must' ? MUST_WEIGHT : NICE_WEIGHT;
    total += w;
    if (hits.length > 0) {
      sums.coverage += w;
      sums.prominence += w * prominenceAt(hits[0].index, text.length);
      sums.frequency += w * frequencyCredit(hits.length, k.mentions);
    }
    return { term: k.term, category: k.category, importance: k.importance, present: hits.length > 0, count: hits.length, where: hits.slice(0, 2).map((h) => h.snippet) };
  });
  const part = (s: number) => (total === 0 ? 0 : s / total);
  const blended = SCORE_BLEND.coverage * part(sums.coverage) + SCORE_BLEND.prominence * part(sums.prominence) + SCORE_BLEND.frequency * part(sums.frequency);
  const count = (imp: 'must' | 'nice') => ({
    present: results.filter((r) => r.importance === imp && r.present).length,
    total: results.filter((r) => r.importance === imp).length,
  });
  return {
    score: Math.round(100 * blended),
    components: { coverage: Math.round(100 * part(sums.coverage)), prominence: Math.round(100 * part(sums.prominence)), frequency: Math.round(100 * part(sums.frequency)) },
    must: count('must'), nice: count('nice'), keywords: results,
  };
}
