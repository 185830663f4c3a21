import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import { z } from 'zod';
import { TailorPlanSchema, type TailorPlan } from '@/prompts/index';
import type { PostingKeyword } from '../keywords/analyse';
import { planOffline } from '../offline/offline-tailor';
import { planWithLlm } from '../plan/plan';
import type { TailorMode, TailorSettings } from '../run-settings';
import type { Segmentation } from '../segment/types';
import { planWholeDocument } from '../whole-document/whole-document';
import type { StageRunner } from './progress';

/**
 * What the planner proposed, before the guard: kept in the run so that accepting flagged
 * edits later re-runs guard → compile → score on the same plan without another model call.
 */
export type StoredPlan =
  | { kind: 'offline'; plan: TailorPlan }
  | { kind: 'segments'; plan: TailorPlan }
  | { kind: 'whole-document'; document: string; summary: string | null };

export interface PlanStageInput {
  mode: TailorMode;
  seg: Segmentation;
  keywords: PostingKeyword[];
  job: { title?: string | null; company?: string | null; description: string };
  mainText: string;
  settings: TailorSettings;
  target: number;
  llm?: { client: LlmClient };
  signal?: AbortSignal;
  previous?: StoredPlan | null;
  stages: StageRunner;
  addUsage: (u: TokenUsage) => void;
}

/** Runs the plan stage: reuses a previous plan of the same mode, else plans offline or asks the model. */
export async function obtainPlan(input: PlanStageInput): Promise<{ stored: StoredPlan; model: string | null }> {
  const { mode, stages } = input;
  return stages.run('plan', async () => {
    if (input.previous && input.previous.kind === mode) {
      stages.note('plan', 'reusing the earlier plan (no model call)');
      return { stored: input.previous, model: null };
    }
    if (mode === 'offline') return { stored: { kind: 'offline' as const, plan: { ...planOffline(input.seg, input.keywords) } }, model: null };
    if (mode === 'whole-document') {
      const a = await planWholeDocument(input.llm!.client, { document: input.mainText, job: input.job, strength: input.settings.strength, pageTarget: input.target, signal: input.signal });
      input.addUsage(a.usage);
      return { stored: { kind: 'whole-document' as const, document: a.document, summary: a.summary }, model: a.model };
    }
    let lastNote = 0;
    const onStream = (chars: number) => { if (chars - lastNote >= 400) { lastNote = chars; stages.note('plan', `received ${chars} characters`); } };
    const r = await planWithLlm(input.llm!.client, { seg: input.seg, keywords: input.keywords, job: input.job, strength: input.settings.strength, pageTarget: input.target, signal: input.signal, onStream });
    input.addUsage(r.usage);
    return { stored: { kind: 'segments' as const, plan: r.plan }, model: r.model };
  }, ({ stored }) => (stored.kind === 'whole-document' ? 'whole document returned' : `${stored.plan.edits.length} edit(s), ${stored.plan.reorders.length} reordering(s)`));
}

const StoredPlanSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offline'), plan: TailorPlanSchema }),
  z.object({ kind: z.literal('segments'), plan: TailorPlanSchema }),
  z.object({ kind: z.literal('whole-document'), document: z.string().min(1).max(400_000), summary: z.string().max(2000).nullable() }),
]);

/** Validates a stored plan read back from disk or IndexedDB; null when it is not one. */
export function parseStoredPlan(value: unknown): StoredPlan | null {
  const r = StoredPlanSchema.safeParse(value);
  return r.success ? (r.data as StoredPlan) : null;
}
