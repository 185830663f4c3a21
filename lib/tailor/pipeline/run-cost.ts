import { estimateCostUsd } from '@/lib/llm';
import type { ProviderId, TokenUsage } from '@/lib/llm/types';
import type { TailorRun } from '../record';

/** The run's cost: the main model's share of the tokens at its price, plus the second opinion at its own; null when a price is unknown. */
export function runCost(llm: { provider: ProviderId } | undefined, model: string | null, usage: TokenUsage, opinion: TailorRun['secondOpinion']): number | null {
  if (!llm) return 0;
  if (!model) return null;
  const main = { inputTokens: usage.inputTokens - (opinion?.tokens.input ?? 0), outputTokens: usage.outputTokens - (opinion?.tokens.output ?? 0) };
  const cost = estimateCostUsd(llm.provider, model, main);
  if (cost === undefined || (opinion && opinion.costUsd === null)) return null;
  return cost + (opinion?.costUsd ?? 0);
}
