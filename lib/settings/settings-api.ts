import type { ModelInfo, ModelPrice, PriceTable, TokenUsage } from '../llm/index.ts';
import type { ProfileSummary, ProviderDraft, VaultStatus } from './schema.ts';

/** What "Test connection" reports back to the page (never the key). */
export interface ConnectionSummary {
  models: ModelInfo[];
  model: string;
  modelListed: boolean;
  usage: TokenUsage;
}

/**
 * Everything the settings UI needs, as one injected object. In the extension each method is a
 * message to the background (extension pages only); in tests it is {@link createSettingsHandlers}.
 * Methods reject with an Error whose `message` is shown to the person as is.
 */
export interface SettingsApi {
  listProfiles(): Promise<ProfileSummary[]>;
  listModels(draft: ProviderDraft): Promise<ModelInfo[]>;
  testConnection(draft: ProviderDraft): Promise<ConnectionSummary>;
  /** Refused unless `testConnection` succeeded for exactly these settings in this session. */
  saveProfile(draft: ProviderDraft): Promise<ProfileSummary>;
  deleteProfile(id: string): Promise<void>;
  setDefaultProfile(id: string): Promise<void>;
  vaultStatus(): Promise<VaultStatus>;
  setPassphrase(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  removePassphrase(passphrase: string): Promise<void>;
  /**
   * Page-side only (permission prompts need a user gesture in the page): asks for the optional
   * host permission of a custom base URL. Resolves false when refused. Absent → not needed.
   */
  requestHostPermission?(baseUrl: string): Promise<boolean>;
}

/** The price table editor's operations (no keys involved). */
export interface PriceApi {
  /** The dated default table with the user's edits applied. */
  getPriceTable(): Promise<PriceTable>;
  getPriceOverrides(): Promise<PriceOverrides>;
  setPriceOverrides(overrides: PriceOverrides): Promise<void>;
}

/** User edits: USD per million tokens, by provider then model-id prefix. */
export type PriceOverrides = Partial<Record<string, Record<string, ModelPrice>>>;
