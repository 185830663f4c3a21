import { latexToPlain } from '../segment/plain-text';
import type { EditRecord } from '../types';

/** A confirmed claim as it is remembered with the master: the sentence as printed, and its claims. */
export interface ConfirmedFactInput {
  text: string;
  claims: string[];
  segmentId: string;
}

/**
 * The facts a person confirms by accepting flagged edits ("This is true"): each accepted
 * edit's printed sentence, to be kept with the master and passed to later runs as
 * `settings.confirmedFacts`, so the same claim is not flagged again.
 */
export function factsFromAccepted(edits: readonly EditRecord[], accepted: Iterable<string>): ConfirmedFactInput[] {
  const ids = new Set(accepted);
  return edits
    .filter((e) => ids.has(e.segmentId) && e.claims.length > 0 && e.segmentId !== 'document')
    .map((e) => ({ text: latexToPlain(e.newText), claims: [...e.claims], segmentId: e.segmentId }));
}
