/** Shared types of the tailoring engine's stages. */
import type { Claim } from './guard/claims/claim';

export type { Claim, ClaimKind } from './guard/claims/claim';

/** How far the model may go: reorder and light wording, add posting keywords, or rewrite fully. */
export type TailorStrength = 'light' | 'keywords' | 'full';

/** An edit the model proposed (already schema-validated). */
export interface EditProposal {
  segmentId: string;
  newText: string;
  reason: string;
  keywordsAdded: string[];
  /** Segment ids of the master lines its facts come from (the edited segment when absent). */
  evidence?: string[];
}

/** A new order for one list of sibling segments. */
export interface ReorderProposal {
  listId: string;
  order: string[];
}

/**
 * What happened to an edit: `applied`; `flagged` (needs evidence — a claim not in the master,
 * not applied unless the user accepts it); `rejected` (refused by the guard: unknown id,
 * unsafe LaTeX, too long — or by the user, issue `user-rejected`); `dropped` (broke the compile, or trimmed to fit the pages).
 */
export type EditStatus = 'applied' | 'flagged' | 'rejected' | 'dropped';

export interface GuardIssue {
  code: 'unknown-segment' | 'empty' | 'forbidden-command' | 'unknown-command' | 'unbalanced' | 'structure' | 'too-long' | 'needs-evidence' | 'escaped' | 'duplicate' | 'user-rejected';
  message: string;
}

/** One edit after the guard (and later compile/fit), as recorded in the run. */
export interface EditRecord {
  segmentId: string;
  file: string | null;
  oldText: string;
  /** The text that goes (or would go) into the source, after escaping fixes. */
  newText: string;
  reason: string;
  keywordsAdded: string[];
  status: EditStatus;
  issues: GuardIssue[];
  /** For `needs-evidence`: the texts of the unsupported claims (numbers, names, skills…), as in `findings`. */
  claims: string[];
  /** The master lines checked as evidence (the cited ones that exist, with the edited segment), as printed. Absent in runs before evidence. */
  evidence?: { id: string; text: string }[];
  /** Each unsupported claim with its kind, trigger words and reason. Absent in runs before evidence. */
  findings?: Claim[];
}
