import { DEFAULT_PRICE_TABLE, type ModelPrice, type PriceTable } from '../llm/index.ts';
import { SettingsError } from './errors.ts';
import { priceOverridesItem } from './storage-items.ts';

/** The dated default price table with the user's edits laid over it. */
export async function getPriceTable(): Promise<PriceTable> {
  const overrides = await priceOverridesItem.getValue();
  const prices: PriceTable['prices'] = { ...DEFAULT_PRICE_TABLE.prices };
  for (const [provider, entries] of Object.entries(overrides)) {
    const key = provider as keyof PriceTable['prices'];
    prices[key] = { ...prices[key], ...entries };
  }
  return { asOf: DEFAULT_PRICE_TABLE.asOf, prices };
}

/** The user's own edits only. */
export async function getPriceOverrides(): Promise<Partial<Record<string, Record<string, ModelPrice>>>> {
  return priceOverridesItem.getValue();
}

/** Replaces the user's price edits (USD per million tokens, by provider then model prefix). */
export async function setPriceOverrides(overrides: Partial<Record<string, Record<string, ModelPrice>>>): Promise<void> {
  for (const entries of Object.values(overrides)) {
    for (const price of Object.values(entries ?? {})) {
      if (!(price.inputPerMTok >= 0 && price.outputPerMTok >= 0)) throw new SettingsError('invalid', 'Prices must be zero or more.');
    }
  }
  await priceOverridesItem.setValue(overrides);
}
