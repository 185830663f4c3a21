import { createLlmClient, testConnection, type LlmClientOptions } from '../llm/index.ts';
import { SettingsError } from './errors.ts';
import { lockVault, readKeys, removePassphrase, setPassphrase, unlockVault, vaultStatus } from './key-vault.ts';
import { deleteProfile, draftToConfig, listProfiles, parseDraft, setDefaultProfile, storeProfile } from './profiles.ts';
import type { SettingsApi } from './settings-api.ts';
import { rememberTested, wasTested } from './tested-configs.ts';

async function keysIfUnlocked(): Promise<Record<string, string> | undefined> {
  return (await vaultStatus()).unlocked ? readKeys() : undefined;
}

/**
 * The background side of the settings UI: plain functions over `storage.local` and the LLM
 * layer, ready to be wired to messages. Only extension pages may reach these (they touch keys).
 */
export function createSettingsHandlers(options: { llm?: LlmClientOptions } = {}): Omit<SettingsApi, 'requestHostPermission'> {
  return {
    async listProfiles() {
      return listProfiles(await keysIfUnlocked());
    },
    async listModels(input) {
      const config = await draftToConfig(parseDraft(input));
      return createLlmClient(config, options.llm).listModels();
    },
    async testConnection(input) {
      const config = await draftToConfig(parseDraft(input));
      const report = await testConnection(config, undefined, options.llm);
      await rememberTested(config);
      return { models: report.models, model: report.model, modelListed: report.modelListed, usage: report.usage };
    },
    async saveProfile(input) {
      const draft = parseDraft(input);
      const config = await draftToConfig(draft);
      if (!config.apiKey && draft.provider !== 'custom') throw new SettingsError('invalid', 'Enter the API key.');
      if (!(await wasTested(config))) {
        throw new SettingsError('not-tested', 'Test the connection with these settings before saving.');
      }
      const profile = await storeProfile(draft, config.apiKey);
      const summary = (await listProfiles(await keysIfUnlocked())).find((p) => p.id === profile.id);
      return summary ?? { ...profile, hasKey: Boolean(config.apiKey), isDefault: false };
    },
    deleteProfile,
    setDefaultProfile,
    vaultStatus,
    setPassphrase,
    unlock: unlockVault,
    lock: lockVault,
    removePassphrase,
  };
}
