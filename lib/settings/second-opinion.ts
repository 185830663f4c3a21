import { storage } from 'wxt/utils/storage';
import { cheapestModel, createLlmClient } from '../llm/index.ts';
import { getPriceTable } from './prices.ts';
import { resolveProviderConfig } from './profiles.ts';

/** Whether tailoring runs ask the model for a second opinion on their edits, and with which model (null: the provider's cheapest). */
export interface SecondOpinionSetting {
  enabled: boolean;
  model: string | null;
}

export const secondOpinionItem = storage.defineItem<SecondOpinionSetting>('local:guard.secondOpinion', { fallback: { enabled: false, model: null }, version: 1 });

/** Reads the setting (a malformed stored value reads as the default: off). */
export async function getSecondOpinion(): Promise<SecondOpinionSetting> {
  const v = await secondOpinionItem.getValue();
  return { enabled: v?.enabled === true, model: typeof v?.model === 'string' && v.model.trim() ? v.model.trim().slice(0, 120) : null };
}

export async function setSecondOpinion(value: SecondOpinionSetting): Promise<void> {
  await secondOpinionItem.setValue({ enabled: value.enabled === true, model: value.model?.trim() ? value.model.trim().slice(0, 120) : null });
}

/**
 * The model of the second opinion for a profile, or null when it is off: the chosen one, else
 * the cheapest model the provider lists with a known price (with the user's price edits), else
 * the profile's own model.
 */
export async function secondOpinionModel(profileId?: string): Promise<string | null> {
  const setting = await getSecondOpinion();
  if (!setting.enabled) return null;
  if (setting.model) return setting.model;
  const config = await resolveProviderConfig(profileId);
  const listed = await createLlmClient(config).listModels().catch(() => []);
  return cheapestModel(config.provider, listed.map((m) => m.id), await getPriceTable()) ?? config.model;
}
