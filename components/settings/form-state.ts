import type { ProviderDraft, ProviderProfile } from '../../lib/settings/index.ts';

export type ProviderId = ProviderDraft['provider'];

/** What each base URL means for that provider's SDK, shown as the placeholder. */
export const BASE_URL_HINTS: Record<ProviderId, string> = {
  openai: 'https://api.openai.com/v1 (default)',
  anthropic: 'https://api.anthropic.com (default)',
  google: 'https://generativelanguage.googleapis.com (default)',
  mistral: 'https://api.mistral.ai (default)',
  custom: 'http://localhost:11434/v1 — required, include /v1',
};

export const PROVIDER_LABELS: Record<ProviderId, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google Gemini',
  mistral: 'Mistral',
  custom: 'Custom (OpenAI-compatible)',
};

/** The form's fields as typed; temperature stays text until submitted. */
export interface FormValues {
  id?: string;
  label: string;
  provider: ProviderId;
  apiKey: string;
  baseUrl: string;
  model: string;
  temperature: string;
}

export function emptyForm(): FormValues {
  return { label: '', provider: 'openai', apiKey: '', baseUrl: '', model: '', temperature: '' };
}

/** The form for editing a saved profile: the key field starts empty (meaning "keep it"). */
export function formFromProfile(p: ProviderProfile): FormValues {
  return {
    id: p.id, label: p.label, provider: p.provider, apiKey: '', baseUrl: p.baseUrl ?? '', model: p.model,
    temperature: p.temperature === undefined ? '' : String(p.temperature),
  };
}

/** Converts the fields to a draft; throws a readable Error for a bad temperature. */
export function toDraft(v: FormValues): ProviderDraft {
  const t = v.temperature.trim();
  const temperature = t === '' ? undefined : Number(t);
  if (temperature !== undefined && !(temperature >= 0 && temperature <= 2)) throw new Error('Temperature must be a number from 0 to 2.');
  return {
    ...(v.id ? { id: v.id } : {}),
    label: v.label.trim(), provider: v.provider, baseUrl: v.baseUrl.trim() || undefined, model: v.model.trim(), temperature,
    ...(v.apiKey ? { apiKey: v.apiKey } : {}),
  };
}

/**
 * A fingerprint of everything "Test connection" proves. Save is enabled only while the
 * current fields have the fingerprint of the last successful test.
 */
export function testFingerprint(v: FormValues): string {
  return JSON.stringify([v.id ?? '', v.provider, v.apiKey, v.baseUrl.trim(), v.model.trim()]);
}
