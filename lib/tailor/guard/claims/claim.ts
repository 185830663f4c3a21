/**
 * What a rewrite asserts that its evidence does not. Kinds follow what readers of a resume
 * weigh: numbers and durations, how much of the work was the person's (ownership), titles
 * (seniority), reach and results (scope), tools and practices, names of employers, products
 * and places, credentials (degrees, certificates, awards, patents), and links.
 */
export type ClaimKind = 'number' | 'duration' | 'ownership' | 'seniority' | 'scope' | 'tool' | 'name' | 'credential' | 'link';

export const CLAIM_KINDS: readonly ClaimKind[] = ['number', 'duration', 'ownership', 'seniority', 'scope', 'tool', 'name', 'credential', 'link'];

/** One unsupported claim: its kind, the words of the rewrite that make it, and why it is flagged. */
export interface Claim {
  kind: ClaimKind;
  /** The claim as written ("over 3 years", "designed and owned", "event sourcing"). */
  text: string;
  /** The words of the rewrite that triggered it. */
  triggers: string[];
  /** A sentence for the reviewer. */
  reason: string;
  /** `model` when the optional second opinion added it; the deterministic checks otherwise. */
  source?: 'rules' | 'model';
}

/** Claims of the same kind and text reported once, in the order found. */
export function uniqueClaims(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((c) => {
    const key = `${c.kind}:${c.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
