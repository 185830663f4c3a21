import type { ProviderConfig } from '../llm/index.ts';
import { SettingsError } from './errors.ts';
import { keyOrigin, loadBindings, saveBindings } from './key-store.ts';
import { readKeys, writeKeys } from './key-vault.ts';
import { ProviderDraftSchema, ProviderProfileSchema, type ProfileSummary, type ProviderDraft, type ProviderProfile } from './schema.ts';
import { defaultProfileItem, profilesItem } from './storage-items.ts';

/** Profiles with `hasKey`/`isDefault`; reading key presence needs the vault unlocked, so it degrades to false. */
export async function listProfiles(keys?: Record<string, string>): Promise<ProfileSummary[]> {
  const [profiles, defaultId] = await Promise.all([profilesItem.getValue(), defaultProfileItem.getValue()]);
  return profiles.map((p) => ({ ...p, hasKey: Boolean(keys?.[p.id]), isDefault: p.id === defaultId }));
}

export async function getProfile(id: string): Promise<ProviderProfile> {
  const found = (await profilesItem.getValue()).find((p) => p.id === id);
  if (!found) throw new SettingsError('not-found', 'That provider configuration no longer exists.');
  return found;
}

/** Validates a draft from the UI; the message of the first problem is user-facing. */
export function parseDraft(input: unknown): ProviderDraft {
  const parsed = ProviderDraftSchema.safeParse(input);
  if (!parsed.success) throw new SettingsError('invalid', parsed.error.issues[0]?.message ?? 'Invalid configuration.', { cause: parsed.error });
  const draft = { ...parsed.data, baseUrl: parsed.data.baseUrl || undefined };
  if (draft.baseUrl && !URL.canParse(draft.baseUrl)) throw new SettingsError('invalid', 'The base URL must be a full URL, like https://example.com/v1.');
  if (draft.provider === 'custom' && !draft.baseUrl) throw new SettingsError('invalid', 'A custom endpoint needs a base URL.');
  return draft;
}

/**
 * The stored key of profile `id`, only if it is bound to this provider and this base URL's
 * origin: a key goes nowhere but where it was entered and tested. Anything else (an edited
 * base URL, a backup that changed the profile) throws `key-required`.
 */
async function boundKey(id: string, provider: string, baseUrl: string | undefined): Promise<string> {
  const key = (await readKeys())[id];
  if (!key) return '';
  const binding = (await loadBindings())[id];
  if (binding && binding.provider === provider && binding.origin === keyOrigin(provider, baseUrl)) return key;
  throw new SettingsError('key-required', 'The provider or base URL changed since this key was saved. Enter the API key again and test the connection.');
}

/** The full {@link ProviderConfig} a draft describes, taking the stored key (if bound to the same provider and origin) when the draft has none. */
export async function draftToConfig(draft: ProviderDraft): Promise<ProviderConfig> {
  let apiKey = draft.apiKey ?? '';
  if (!apiKey && draft.id) apiKey = await boundKey(draft.id, draft.provider, draft.baseUrl);
  return { provider: draft.provider, apiKey, baseUrl: draft.baseUrl, model: draft.model, temperature: draft.temperature };
}

/** Creates or updates a profile and its key; the first profile becomes the default. */
export async function storeProfile(draft: ProviderDraft, apiKey: string, now = Date.now()): Promise<ProviderProfile> {
  const profiles = await profilesItem.getValue();
  const existing = draft.id ? profiles.find((p) => p.id === draft.id) : undefined;
  if (draft.id && !existing) throw new SettingsError('not-found', 'That provider configuration no longer exists.');
  const profile = ProviderProfileSchema.parse({
    id: existing?.id ?? crypto.randomUUID(),
    label: draft.label, provider: draft.provider, baseUrl: draft.baseUrl, model: draft.model, temperature: draft.temperature,
    createdAt: existing?.createdAt ?? now, updatedAt: now,
  });
  // Keys first: a profile must never be saved without the key it was tested with.
  const keys = await readKeys();
  await writeKeys({ ...keys, [profile.id]: apiKey });
  await saveBindings({ ...(await loadBindings()), [profile.id]: { provider: profile.provider, origin: keyOrigin(profile.provider, profile.baseUrl) } });
  await profilesItem.setValue(existing ? profiles.map((p) => (p.id === profile.id ? profile : p)) : [...profiles, profile]);
  if (!(await defaultProfileItem.getValue())) await defaultProfileItem.setValue(profile.id);
  return profile;
}

/** Deletes a profile and its key; if it was the default, the next one (if any) takes over. */
export async function deleteProfile(id: string): Promise<void> {
  const keys = await readKeys();
  delete keys[id];
  await writeKeys(keys);
  const bindings = await loadBindings();
  delete bindings[id];
  await saveBindings(bindings);
  const rest = (await profilesItem.getValue()).filter((p) => p.id !== id);
  await profilesItem.setValue(rest);
  if ((await defaultProfileItem.getValue()) === id) await defaultProfileItem.setValue(rest[0]?.id ?? null);
}

export async function setDefaultProfile(id: string): Promise<void> {
  await getProfile(id);
  await defaultProfileItem.setValue(id);
}

/**
 * The ready-to-use configuration (with key) of `id` or of the default profile — for the
 * background's tailoring runs. Throws `not-found` when there is none, `locked` when locked.
 */
export async function resolveProviderConfig(id?: string): Promise<ProviderConfig> {
  const target = id ?? (await defaultProfileItem.getValue());
  if (!target) throw new SettingsError('not-found', 'No LLM provider is configured yet. Add one in the settings.');
  const profile = await getProfile(target);
  const apiKey = await boundKey(profile.id, profile.provider, profile.baseUrl);
  return { provider: profile.provider, apiKey, baseUrl: profile.baseUrl, model: profile.model, temperature: profile.temperature };
}
