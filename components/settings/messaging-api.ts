import { requestHostPermission } from '@/lib/settings/browser-permissions';
import type { PriceApi, SettingsApi } from '@/lib/settings/settings-api';
import { sendMessage } from '@/lib/messaging/protocol';

/** The settings UI's operations as messages to the background, which alone holds the keys. */
export const messagingSettingsApi: SettingsApi = {
  listProfiles: () => sendMessage('llm:profiles:list'),
  listModels: (draft) => sendMessage('llm:models:list', draft),
  testConnection: (draft) => sendMessage('llm:connection:test', draft),
  saveProfile: (draft) => sendMessage('llm:profile:save', draft),
  deleteProfile: (id) => sendMessage('llm:profile:delete', { id }),
  setDefaultProfile: (id) => sendMessage('llm:profile:set-default', { id }),
  vaultStatus: () => sendMessage('llm:vault:status'),
  setPassphrase: (passphrase) => sendMessage('llm:vault:set-passphrase', { passphrase }),
  unlock: (passphrase) => sendMessage('llm:vault:unlock', { passphrase }),
  lock: () => sendMessage('llm:vault:lock'),
  removePassphrase: (passphrase) => sendMessage('llm:vault:remove-passphrase', { passphrase }),
  // A permission prompt needs the click's gesture, so it is asked from the page itself.
  requestHostPermission,
};

export const messagingPriceApi: PriceApi = {
  getPriceTable: () => sendMessage('llm:prices:get'),
  getPriceOverrides: () => sendMessage('llm:prices:get-overrides'),
  setPriceOverrides: (overrides) => sendMessage('llm:prices:set-overrides', overrides),
};
