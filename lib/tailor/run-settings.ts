// The settings of a run, in a leaf module: the plan stage needs them and the run record needs the
// plan stage's StoredPlan, so keeping them in record.ts made an import circle.
import type { TailorStrength } from './types';

/** Settings of a run; together with the inputs' hashes they make the cache key. */
export interface TailorSettings {
  strength: TailorStrength;
  /** Page target; default: the master's page count. */
  pages?: number;
  /** `auto` uses whole-document mode only when the segmenter found nothing editable. */
  wholeDocument?: 'auto' | 'always' | 'never';
  /** Ids of flagged edits the user accepted (their claims are true). `document` for whole-document mode. */
  acceptFlagged?: string[];
  /**
   * Ids of edits the user rejected (segment ids, `document` for whole-document mode): recorded
   * as `rejected` with a `user-rejected` issue and not applied. Part of the cache key.
   */
  rejectEdits?: string[];
  /**
   * Facts the person confirmed for this master (plain sentences, "This is true"): evidence for
   * every edit, so a confirmed claim is not flagged again. Part of the cache key.
   */
  confirmedFacts?: string[];
  /**
   * Fix the tailored PDF's text layer (icons, spacing, Unicode) so an ATS reads the words as
   * written; default on. Needs a text-layer host in the deps.
   */
  pdfFixes?: boolean;
  /** Skip the cache and run again. */
  force?: boolean;
}

export type TailorMode = 'offline' | 'segments' | 'whole-document';
