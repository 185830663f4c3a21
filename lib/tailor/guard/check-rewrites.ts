import type { LlmClient } from '@/lib/llm/types';
import type { EditRecord, GuardIssue, TailorStrength } from '../types';
import type { Claim } from './claims/claim';
import { segmentByText } from './find-segment';
import { guardEdits, type GuardContext } from './guard';
import { addSecondOpinion, type SecondOpinion } from './second-opinion';

/** A rewrite named by the text of the bullet it replaces, as `bespoke guard` and the benchmark give it. */
export interface Rewrite {
  /** The exact text of a bullet as in the .tex. */
  original: string;
  newText: string;
  /** Exact texts of other bullets the rewrite draws on (optional). */
  evidence?: string[];
  /** A caller's id, kept in the verdict (defaults to the position). */
  id?: string;
}

export interface RewriteVerdict {
  id: string;
  original: string;
  newText: string;
  segmentId: string | null;
  verdict: 'applied' | 'flagged' | 'rejected';
  claims: Claim[];
  evidence: { id: string; text: string }[];
  issues: GuardIssue[];
}

/**
 * Guards each rewrite on its own (several may target one bullet), as a plan from the model
 * would be guarded, then — with `verify` — asks for one second opinion on all of them.
 */
export async function checkRewrites(ctx: GuardContext, rewrites: readonly Rewrite[], options: { strength?: TailorStrength; verify?: LlmClient; signal?: AbortSignal } = {}): Promise<{ verdicts: RewriteVerdict[]; secondOpinion: SecondOpinion | null }> {
  const segments = rewrites.map((r) => segmentByText(ctx.seg, r.original));
  const records: (EditRecord | null)[] = rewrites.map((r, i) => {
    const seg = segments[i];
    if (!seg) return null;
    const evidence = (r.evidence ?? []).map((t) => segmentByText(ctx.seg, t)?.id).filter((x): x is string => Boolean(x));
    const [rec] = guardEdits(ctx, [{ segmentId: seg.id, newText: r.newText, reason: '', keywordsAdded: [], evidence }], options.strength ?? 'full');
    // Ids unique per rewrite, so the second opinion's answers map back to the right one.
    return { ...rec, segmentId: r.id ?? String(i) };
  });
  let secondOpinion: SecondOpinion | null = null;
  if (options.verify) {
    const open = records.filter((r): r is EditRecord => r !== null);
    secondOpinion = await addSecondOpinion(options.verify, open, { accepted: new Set(), skills: ctx.evidence.skills, signal: options.signal });
  }
  const verdicts = rewrites.map((r, i): RewriteVerdict => {
    const rec = records[i];
    const id = r.id ?? String(i);
    if (!rec) return { id, original: r.original, newText: r.newText, segmentId: null, verdict: 'rejected', claims: [], evidence: [], issues: [{ code: 'unknown-segment', message: 'No single bullet of the resume reads like "original" (copy it exactly as in the .tex).' }] };
    return { id, original: r.original, newText: rec.newText, segmentId: segments[i]!.id, verdict: rec.status === 'dropped' ? 'rejected' : rec.status, claims: rec.findings ?? [], evidence: rec.evidence ?? [], issues: rec.issues };
  });
  return { verdicts, secondOpinion };
}
