import type { PostingKeyword } from './keywords/analyse';
import type { StoredPlan } from './pipeline/plan-stage';
import type { TailorStage } from './pipeline/progress';
import type { MatchScore } from './score/score';
import type { TailorMode, TailorSettings } from './run-settings';
import type { TextLayerRecord } from './text-layer';
import type { EditRecord, ReorderProposal } from './types';

export type { TailorMode, TailorSettings } from './run-settings';

/** A reordering as recorded: applied, rejected by the guard, or dropped (broke the compile). */
export interface ReorderRecord extends ReorderProposal {
  status: 'applied' | 'rejected' | 'dropped';
  message?: string;
}

/** Everything about one run — plain data, serialisable as JSON (for Dexie and report.json). */
export interface TailorRun {
  schemaVersion: 1;
  cacheKey: string;
  createdAt: string;
  inputs: { masterHash: string; jobHash: string; settingsHash: string };
  job: { title: string | null; company: string | null; url: string | null };
  settings: TailorSettings;
  mode: TailorMode;
  promptVersion: string | null;
  provider: string;
  model: string | null;
  tokens: { input: number; output: number };
  costUsd: number | null;
  timings: Partial<Record<TailorStage, number>>;
  segmentation: { segments: number; lists: number; editable: boolean; reason: string | null };
  /** What the planner proposed (before the guard); pass it back as `previousPlan` to re-run without a model call. */
  plan: StoredPlan | null;
  /** The keywords the score uses (the lexicon's, refined by the model when it proposed changes). */
  keywords: PostingKeyword[];
  /** What the model's keyword refinement changed, and the terms refused as not in the posting. */
  keywordRefinement: { changes: string[]; ignored: string[] } | null;
  edits: EditRecord[];
  reorders: ReorderRecord[];
  /** A new section order the model proposed, with its status. */
  sectionOrder: { order: string[]; status: 'applied' | 'rejected' | 'dropped'; message?: string } | null;
  scoreBefore: MatchScore;
  scoreAfter: MatchScore | null;
  pages: { master: number; tailored: number | null; target: number };
  compiled: boolean;
  summary: string | null;
  warnings: string[];
  /** The model's second opinion on the edits (tokens and cost included in the run's), when one was asked. Absent in older runs. */
  secondOpinion?: { provider: string; model: string; tokens: { input: number; output: number }; costUsd: number | null; added: number } | null;
  /** The PDF text-layer check and fixes (absent when the host has no checker, and in older runs). */
  textLayer?: TextLayerRecord;
}

/** A run with its outputs: the changed files (full text) and the tailored PDF. */
export interface TailorResult {
  run: TailorRun;
  files: Record<string, string>;
  pdf: Uint8Array | null;
  fromCache: boolean;
}

/** Counts of edits by status, for tables and the side panel. */
export function editCounts(run: TailorRun): Record<EditRecord['status'], number> {
  const out = { applied: 0, flagged: 0, rejected: 0, dropped: 0 };
  for (const e of run.edits) out[e.status]++;
  return out;
}
