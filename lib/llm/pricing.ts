import type { ProviderId, TokenUsage } from './types.ts';

/** USD per million tokens. */
export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
}

export interface PriceTable {
  /** When these prices were read from the providers' pricing pages (ISO date). */
  asOf: string;
  /** Keyed by provider, then by model id prefix; the longest matching prefix wins. */
  prices: Partial<Record<ProviderId, Record<string, ModelPrice>>>;
}

const p = (inputPerMTok: number, outputPerMTok: number): ModelPrice => ({ inputPerMTok, outputPerMTok });

/**
 * List prices (standard tier, short prompts) as published on the providers' pricing pages.
 * Users can override entries in settings; estimates are only as good as this table's date.
 */
export const DEFAULT_PRICE_TABLE: PriceTable = {
  asOf: '2025-08-15',
  prices: {
    openai: {
      'gpt-5': p(1.25, 10), 'gpt-5-mini': p(0.25, 2), 'gpt-5-nano': p(0.05, 0.4),
      'gpt-4.1': p(2, 8), 'gpt-4.1-mini': p(0.4, 1.6), 'gpt-4.1-nano': p(0.1, 0.4),
      'gpt-4o': p(2.5, 10), 'gpt-4o-mini': p(0.15, 0.6),
      'o3': p(2, 8), 'o4-mini': p(1.1, 4.4), 'o3-mini': p(1.1, 4.4),
    },
    anthropic: {
      'claude-opus-4': p(15, 75), 'claude-sonnet-4': p(3, 15), 'claude-3-7-sonnet': p(3, 15),
      'claude-3-5-sonnet': p(3, 15), 'claude-3-5-haiku': p(0.8, 4), 'claude-3-haiku': p(0.25, 1.25),
    },
    google: {
      'gemini-2.5-pro': p(1.25, 10), 'gemini-2.5-flash': p(0.3, 2.5), 'gemini-2.5-flash-lite': p(0.1, 0.4),
      'gemini-2.0-flash': p(0.1, 0.4), 'gemini-2.0-flash-lite': p(0.075, 0.3),
    },
    mistral: {
      'mistral-large': p(2, 6), 'mistral-medium': p(0.4, 2), 'mistral-small': p(0.1, 0.3),
      'codestral': p(0.3, 0.9), 'ministral-8b': p(0.1, 0.1), 'ministral-3b': p(0.04, 0.04),
      'open-mistral-nemo': p(0.15, 0.15), 'magistral-medium': p(2, 5), 'magistral-small': p(0.5, 1.5),
    },
  },
};

/** The price entry for `model` (longest id-prefix match), or undefined when unknown. */
export function findModelPrice(provider: ProviderId, model: string, table: PriceTable = DEFAULT_PRICE_TABLE): ModelPrice | undefined {
  const entries = table.prices[provider];
  if (!entries) return undefined;
  // Strip a router prefix ("openai/gpt-4o" on OpenRouter-style ids) and Gemini's "models/".
  const id = model.replace(/^models\//, '').split('/').pop() ?? model;
  let best: string | undefined;
  for (const prefix of Object.keys(entries)) {
    if (id.startsWith(prefix) && (!best || prefix.length > best.length)) best = prefix;
  }
  return best ? entries[best] : undefined;
}

/**
 * Estimated cost in US dollars of one call, or `undefined` when the model is not in the table
 * (custom endpoints, new models) — an unknown cost is shown as unknown, never as zero.
 */
export function estimateCostUsd(provider: ProviderId, model: string, usage: TokenUsage, table: PriceTable = DEFAULT_PRICE_TABLE): number | undefined {
  const price = findModelPrice(provider, model, table);
  if (!price) return undefined;
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}

/**
 * The cheapest of `models` (ids the provider lists) whose price is known, for short side
 * calls such as the guard's second opinion; input weighs twice output (those calls read more
 * than they write). Undefined when none has a known price.
 */
export function cheapestModel(provider: ProviderId, models: readonly string[], table: PriceTable = DEFAULT_PRICE_TABLE): string | undefined {
  let best: { id: string; cost: number } | undefined;
  for (const id of models) {
    const price = findModelPrice(provider, id, table);
    if (!price) continue;
    const cost = 2 * price.inputPerMTok + price.outputPerMTok;
    if (!best || cost < best.cost) best = { id, cost };
  }
  return best?.id;
}
