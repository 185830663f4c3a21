import { describe, expect, it } from 'vitest';
import { getPriceTable, setPriceOverrides } from './prices.ts';
import { hostPermissionFor } from './host-permission.ts';

describe('hostPermissionFor', () => {
  it('needs nothing for the built-in provider hosts', () => {
    expect(hostPermissionFor('https://api.mistral.ai')).toBeUndefined();
    expect(hostPermissionFor(undefined)).toBeUndefined();
  });
  it('asks for the host of a custom endpoint, any port', () => {
    expect(hostPermissionFor('http://localhost:11434/v1')).toBe('http://localhost/*');
    expect(hostPermissionFor('https://openrouter.ai/api/v1')).toBe('https://openrouter.ai/*');
  });
});

describe('price table overrides', () => {
  it('lays the user edits over the dated defaults', async () => {
    await setPriceOverrides({ custom: { llama: { inputPerMTok: 0.1, outputPerMTok: 0.2 } }, openai: { 'gpt-4o': { inputPerMTok: 1, outputPerMTok: 1 } } });
    const table = await getPriceTable();
    expect(table.prices.custom?.llama).toEqual({ inputPerMTok: 0.1, outputPerMTok: 0.2 });
    expect(table.prices.openai?.['gpt-4o']).toEqual({ inputPerMTok: 1, outputPerMTok: 1 });
    expect(table.prices.openai?.['gpt-4o-mini']).toBeDefined();
  });
  it('rejects negative prices', async () => {
    await expect(setPriceOverrides({ openai: { x: { inputPerMTok: -1, outputPerMTok: 0 } } })).rejects.toThrow(/zero or more/);
  });
});
