import { storage } from 'wxt/utils/storage';
import type { ModelPrice } from '../llm/index.ts';
import type { KeyVault, ProviderProfile } from './schema.ts';

/*
 * Every storage key of the LLM settings, declared once. All in `local:` (never `sync:`, which
 * would copy keys to the user's other devices and the browser vendor's servers); the unlocked
 * vault key only in `session:`, which the browser keeps in memory and clears on restart.
 */

export const profilesItem = storage.defineItem<ProviderProfile[]>('local:llm.profiles', { fallback: [], version: 1 });

export const defaultProfileItem = storage.defineItem<string | null>('local:llm.defaultProfile', { fallback: null, version: 1 });

/**
 * Where versions before 0.2 kept the API keys (readable by content scripts): now only read once
 * to move them into the extension-origin key database (`key-store.ts`), then removed.
 */
export const keyVaultItem = storage.defineItem<KeyVault | null>('local:llm.keys', { fallback: null, version: 1 });

/** The AES key derived from the passphrase (raw, base64) while the vault is unlocked. */
export const unlockedVaultKeyItem = storage.defineItem<string | null>('session:llm.vaultKey', { fallback: null });

/** SHA-256 digests of configurations that passed "Test connection" this session. */
export const testedConfigsItem = storage.defineItem<string[]>('session:llm.testedConfigs', { fallback: [] });

/** The user's edits to the dated price table, by provider then model prefix. */
export const priceOverridesItem = storage.defineItem<Partial<Record<string, Record<string, ModelPrice>>>>('local:llm.priceOverrides', {
  fallback: {},
  version: 1,
});
