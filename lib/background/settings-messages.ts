import { handle } from '@/lib/messaging/handle';
import { createSettingsHandlers, getPriceOverrides, getPriceTable, getSecondOpinion, setPriceOverrides, setSecondOpinion } from '@/lib/settings/index';

/** Serves the settings UI's requests; every one is for extension pages only (MESSAGE_ACCESS). */
export function registerSettingsMessages(): void {
  const settings = createSettingsHandlers();
  handle('llm:profiles:list', () => settings.listProfiles());
  handle('llm:models:list', (draft) => settings.listModels(draft));
  handle('llm:connection:test', (draft) => settings.testConnection(draft));
  handle('llm:profile:save', (draft) => settings.saveProfile(draft));
  handle('llm:profile:delete', ({ id }) => settings.deleteProfile(id));
  handle('llm:profile:set-default', ({ id }) => settings.setDefaultProfile(id));
  handle('llm:vault:status', () => settings.vaultStatus());
  handle('llm:vault:set-passphrase', ({ passphrase }) => settings.setPassphrase(passphrase));
  handle('llm:vault:unlock', ({ passphrase }) => settings.unlock(passphrase));
  handle('llm:vault:lock', () => settings.lock());
  handle('llm:vault:remove-passphrase', ({ passphrase }) => settings.removePassphrase(passphrase));
  handle('llm:prices:get', () => getPriceTable());
  handle('llm:prices:get-overrides', () => getPriceOverrides());
  handle('llm:prices:set-overrides', (overrides) => setPriceOverrides(overrides));
  handle('llm:second-opinion:get', () => getSecondOpinion());
  handle('llm:second-opinion:set', (value) => setSecondOpinion(value));
}
