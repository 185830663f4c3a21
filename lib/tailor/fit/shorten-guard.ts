import { guardEdits, type GuardContext } from '../guard/guard';
import type { EditProposal, EditRecord } from '../types';

/**
 * Guards the page-fitting round's shorter rewrites with the same evidence as the first
 * round: a shortened edit is checked against the lines its applied edit cited (a shortened
 * merge of two bullets still draws on both, not on its own line only), and a claim the
 * person already let through on that segment stays accepted. Anything new is flagged, and
 * the caller keeps the longer text.
 */
export function guardShortenings(guard: GuardContext, proposals: readonly EditProposal[], edits: readonly EditRecord[]): EditRecord[] {
  const applied = new Map(edits.filter((e) => e.status === 'applied').map((e) => [e.segmentId, e]));
  const withEvidence = proposals.map((p) => ({ ...p, evidence: applied.get(p.segmentId)?.evidence?.map((x) => x.id) ?? p.evidence }));
  return guardEdits(guard, withEvidence, 'light').map((rec) => {
    const accepted = new Set(applied.get(rec.segmentId)?.findings?.map((c) => c.text) ?? []);
    const onlyAccepted = rec.status === 'flagged' && (rec.findings ?? []).every((c) => accepted.has(c.text));
    return onlyAccepted ? { ...rec, status: 'applied' as const } : rec;
  });
}
