import { z } from 'zod';

export const PROVIDER_IDS = ['openai', 'anthropic', 'google', 'mistral', 'custom'] as const;

/** A saved provider configuration, without its key (keys live in the key vault). */
export const ProviderProfileSchema = z.object({
  id: z.string().min(1),
  label: z.string().trim().min(1, 'Give the configuration a name.').max(80),
  provider: z.enum(PROVIDER_IDS),
  baseUrl: z.string().url('The base URL must be a full URL, like https://example.com/v1.').optional(),
  model: z.string().trim().min(1, 'Choose a model.').max(200),
  temperature: z.number().min(0).max(2).optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type ProviderProfile = z.infer<typeof ProviderProfileSchema>;

/**
 * What the settings form sends. `apiKey` empty or missing on an existing profile means
 * "keep the stored key", so the UI never has to read a key back.
 */
export const ProviderDraftSchema = z.object({
  id: z.string().optional(),
  label: z.string().trim().min(1, 'Give the configuration a name.').max(80),
  provider: z.enum(PROVIDER_IDS),
  baseUrl: z.string().trim().optional(),
  model: z.string().trim().max(200),
  temperature: z.number().min(0).max(2).optional(),
  apiKey: z.string().optional(),
});
export type ProviderDraft = z.infer<typeof ProviderDraftSchema>;

/** What the UI may see of a profile: never the key, only whether one is stored. */
export interface ProfileSummary extends ProviderProfile {
  hasKey: boolean;
  isDefault: boolean;
}

/** PBKDF2 parameters and AES-GCM ciphertext of the keys map, all base64. */
export const LockedVaultSchema = z.object({
  mode: z.literal('locked'),
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.number().int().min(310_000), salt: z.string() }),
  iv: z.string(),
  ciphertext: z.string(),
});
export const PlainVaultSchema = z.object({ mode: z.literal('plain'), keys: z.record(z.string(), z.string()) });
export const KeyVaultSchema = z.discriminatedUnion('mode', [PlainVaultSchema, LockedVaultSchema]);
export type LockedVault = z.infer<typeof LockedVaultSchema>;
export type KeyVault = z.infer<typeof KeyVaultSchema>;

export interface VaultStatus {
  /** A passphrase protects the keys. */
  hasPassphrase: boolean;
  /** The keys can be read now (no passphrase, or unlocked in this browser session). */
  unlocked: boolean;
}
