/** Why a score is what it is, in one line a user reads beside it: which must-haves are missing. */
import type { MatchScore } from './score';

const NAMED = 4;

/** "6 of 9 must-haves found; missing Kubernetes, Terraform, SQL" (or what lifts it when none is missing). */
export function explainScore(score: MatchScore): string {
  const { must, nice } = score;
  if (must.total + nice.total === 0) return 'The posting gave no keywords to match, so the score says nothing yet.';
  const missing = score.keywords.filter((k) => k.importance === 'must' && !k.present).map((k) => k.term);
  const list = (terms: string[]) => `${terms.slice(0, NAMED).join(', ')}${terms.length > NAMED ? ` and ${terms.length - NAMED} more` : ''}`;
  if (missing.length) return `${must.present} of ${must.total} must-haves found; missing ${list(missing)}.`;
  const niceMissing = score.keywords.filter((k) => k.importance === 'nice' && !k.present).map((k) => k.term);
  if (must.total && niceMissing.length) return `All ${must.total} must-haves found; nice-to-haves missing: ${list(niceMissing)}.`;
  if (score.components.prominence < score.components.coverage) return 'Every keyword is there; some appear late in the resume, which counts for less.';
  return 'Every keyword of the posting is in the resume.';
}
