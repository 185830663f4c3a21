import type { Claim } from './claims/claim';
import { claimsAgainst } from './claims/check';
import { evidenceOf } from './claims/evidence-text';

/**
 * Claims of a free text that cites no lines — a whole rewritten document, a cover letter
 * paragraph — against the whole master: the same meaning checks as a segment edit (numbers
 * with their units, ownership, titles, scope, credentials, tools, names, employment, links),
 * with every printed line of the master as the evidence. `shared` backs names and numbers
 * but is not the person's own words (the posting's company and title for a cover letter).
 */
export function claimsAgainstMaster(newPlain: string, master: readonly string[], shared: readonly string[] = [], links: readonly string[] = []): Claim[] {
  return claimsAgainst(newPlain, evidenceOf(master.filter(Boolean), shared.filter(Boolean)), links);
}
