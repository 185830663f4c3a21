import type { EditRecord, GuardIssue } from '../types';

/** The issue recorded on an edit the user rejected. */
export const USER_REJECTED: GuardIssue = { code: 'user-rejected', message: 'You rejected this change.' };

/**
 * Marks the edits whose segment id (or the whole-document id) the user rejected as
 * `rejected`, so they are not applied — whatever the guard decided. Runs in the guard stage,
 * after the other checks, so the record still shows the guard's own issues.
 */
export function applyUserRejections(edits: EditRecord[], rejected: ReadonlySet<string>): EditRecord[] {
  if (rejected.size === 0) return edits;
  for (const e of edits) {
    if (!rejected.has(e.segmentId)) continue;
    e.status = 'rejected';
    if (!e.issues.some((i) => i.code === USER_REJECTED.code)) e.issues.push({ ...USER_REJECTED });
  }
  return edits;
}
