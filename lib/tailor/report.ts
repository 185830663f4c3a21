import type { TailorRun } from './record';

/** The CLI's `report.json`: the run with the headline numbers at the top. */
export interface TailorReport {
  scoreBefore: number;
  scoreAfter: number | null;
  pages: TailorRun['pages'];
  compiled: boolean;
  mode: TailorRun['mode'];
  provider: string;
  model: string | null;
  promptVersion: string | null;
  keywords: { term: string; importance: 'must' | 'nice'; category: string; before: boolean; after: boolean | null; where: string[] }[];
  edits: { segmentId: string; status: string; oldText: string; newText: string; reason: string; issues: string[]; claims: string[] }[];
  reorders: TailorRun['reorders'];
  sectionOrder: TailorRun['sectionOrder'];
  keywordRefinement: TailorRun['keywordRefinement'];
  /** The planner's proposals; `bespoke tailor --reuse-plan report.json` re-runs on them without a model call. */
  plan: TailorRun['plan'];
  tokens: TailorRun['tokens'];
  costUsd: number | null;
  timings: TailorRun['timings'];
  summary: string | null;
  warnings: string[];
  inputs: TailorRun['inputs'];
  cacheKey: string;
}

/** Flattens a run into the report shape (scores on a 0–100 scale, keyword present/missing before and after). */
export function toReport(run: TailorRun): TailorReport {
  const after = new Map(run.scoreAfter?.keywords.map((k) => [k.term, k]) ?? []);
  return {
    scoreBefore: run.scoreBefore.score,
    scoreAfter: run.scoreAfter?.score ?? null,
    pages: run.pages, compiled: run.compiled, mode: run.mode, provider: run.provider, model: run.model, promptVersion: run.promptVersion,
    keywords: run.scoreBefore.keywords.map((k) => ({ term: k.term, importance: k.importance, category: k.category, before: k.present, after: after.get(k.term)?.present ?? null, where: after.get(k.term)?.where ?? k.where })),
    edits: run.edits.map((e) => ({ segmentId: e.segmentId, status: e.status, oldText: e.oldText.length > 2000 ? e.oldText.slice(0, 2000) + '…' : e.oldText, newText: e.newText.length > 2000 ? e.newText.slice(0, 2000) + '…' : e.newText, reason: e.reason, issues: e.issues.map((i) => `${i.code}: ${i.message}`), claims: e.claims })),
    reorders: run.reorders, sectionOrder: run.sectionOrder, keywordRefinement: run.keywordRefinement, plan: run.plan, tokens: run.tokens, costUsd: run.costUsd, timings: run.timings, summary: run.summary, warnings: run.warnings, inputs: run.inputs, cacheKey: run.cacheKey,
  };
}
