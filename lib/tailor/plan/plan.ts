import { chatJson } from '@/lib/llm';
import type { LlmClient, TokenUsage } from '@/lib/llm/types';
import { buildTailorMessages, TailorAnswerSchema, type TailorPlan } from '@/prompts/index';
import type { PostingKeyword } from '../keywords/analyse';
import type { Segmentation } from '../segment/types';
import type { TailorStrength } from '../types';

export interface PlanRequest {
  seg: Segmentation;
  keywords: PostingKeyword[];
  job: { title?: string | null; company?: string | null; description: string };
  strength: TailorStrength;
  pageTarget: number;
  signal?: AbortSignal;
  /** Called as the answer streams in, with the characters received so far. */
  onStream?: (chars: number) => void;
}

export interface PlanResult {
  plan: TailorPlan;
  usage: TokenUsage;
  model: string;
  /** The prompt text sent (for token comparisons in eval). */
  promptChars: number;
}

/**
 * Asks the model for a structured plan (edits by segment id, reorderings, a summary),
 * validated with the zod schema; lenient parsing copes with fences and prose around JSON.
 */
export async function planWithLlm(client: LlmClient, req: PlanRequest): Promise<PlanResult> {
  const messages = buildTailorMessages({
    job: req.job,
    keywords: req.keywords.map((k) => ({ term: k.term, importance: k.importance })),
    segments: req.seg.segments.map((s) => ({ id: s.id, kind: s.kind, section: s.section, listId: s.listId, text: s.text })),
    lists: req.seg.lists,
    sections: req.seg.sectionSpans.map((x) => ({ id: x.id, title: x.title })),
    strength: req.strength,
    pageTarget: req.pageTarget,
  });
  let received = 0;
  const onDelta = req.onStream ? (t: string) => { received += t.length; req.onStream!(received); } : undefined;
  const { data, result } = await chatJson(client, { messages, signal: req.signal, maxOutputTokens: 8000, onDelta }, TailorAnswerSchema, 'tailor_plan');
  return { plan: data, usage: result.usage, model: result.model, promptChars: messages.reduce((n, m) => n + m.content.length, 0) };
}
