/** LLM provider settings: profiles in storage.local, keys in a (optionally locked) vault. */
export type { ProviderProfile, ProviderDraft, ProfileSummary, VaultStatus, KeyVault } from './schema.ts';
export { PROVIDER_IDS } from './schema.ts';
export type { SettingsApi, ConnectionSummary, PriceApi, PriceOverrides } from './settings-api.ts';
export { SettingsError, type SettingsErrorKind } from './errors.ts';
export { createSettingsHandlers } from './handlers.ts';
export { resolveProviderConfig, listProfiles, getProfile } from './profiles.ts';
export { vaultStatus, unlockVault, lockVault, setPassphrase, removePassphrase } from './key-vault.ts';
export { hostPermissionFor, BUILT_IN_API_ORIGINS } from './host-permission.ts';
export { getPriceTable, getPriceOverrides, setPriceOverrides } from './prices.ts';
export { profilesItem, defaultProfileItem, keyVaultItem, unlockedVaultKeyItem, priceOverridesItem } from './storage-items.ts';
export { getSecondOpinion, setSecondOpinion, secondOpinionModel, secondOpinionItem, type SecondOpinionSetting } from './second-opinion.ts';
