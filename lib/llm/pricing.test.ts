import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_TABLE, estimateCostUsd, findModelPrice } from './pricing.ts';

describe('estimateCostUsd', () => {
  it('uses the longest matching model prefix', () => {
    expect(findModelPrice('openai', 'gpt-4o-mini-2024-07-18')).toEqual(DEFAULT_PRICE_TABLE.prices.openai!['gpt-4o-mini']);
    expect(findModelPrice('openai', 'gpt-4o-2024-08-06')).toEqual(DEFAULT_PRICE_TABLE.prices.openai!['gpt-4o']);
  });
  it('computes dollars from tokens in and out', () => {
    // gpt-4o: $2.50 in, $10 out per million tokens.
    expect(estimateCostUsd('openai', 'gpt-4o', { inputTokens: 1_000_000, outputTokens: 100_000 })).toBeCloseTo(3.5, 10);
  });
  it('strips router and Gemini prefixes', () => {
    expect(findModelPrice('google', 'models/gemini-2.5-flash')).toBeDefined();
  });
  it('reports unknown models as unknown, not free', () => {
    expect(estimateCostUsd('custom', 'llama3.1:8b', { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
    expect(estimateCostUsd('openai', 'brand-new-model', { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });
  it('takes an edited table', () => {
    const table = { asOf: '2030-01-01', prices: { custom: { llama: { inputPerMTok: 1, outputPerMTok: 2 } } } };
    expect(estimateCostUsd('custom', 'llama3.1:8b', { inputTokens: 1_000_000, outputTokens: 1_000_000 }, table)).toBe(3);
  });
  it('is dated', () => {
    expect(DEFAULT_PRICE_TABLE.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('cheapestModel', () => {
  it('picks the cheapest listed model with a known price, ignoring unknown ones', async () => {
    const { cheapestModel } = await import('./pricing.ts');
    expect(cheapestModel('openai', ['gpt-4.1', 'gpt-4o-mini', 'text-embedding-3-small'])).toBe('gpt-4o-mini');
    expect(cheapestModel('anthropic', ['claude-sonnet-4-20250514', 'claude-3-5-haiku-20241022'])).toBe('claude-3-5-haiku-20241022');
    expect(cheapestModel('custom', ['llama3'])).toBeUndefined();
  });
});
