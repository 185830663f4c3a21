import { registerCaptureHandlers } from '@/lib/capture/background';
import { getDatabase } from '@/lib/db/database';
import { restrictStorageToExtension } from '@/lib/settings/storage-access';
import { registerLlmChatMessages } from './llm-chat-messages';
import { registerSettingsMessages } from './settings-messages';

/**
 * Wires every background service. Listeners are registered synchronously on each start of the
 * (disposable) service worker; anything they need is reached through one init promise.
 * Where runs are hosted differs per browser and is wired by the entrypoint (a build-time branch).
 */
export function registerBackground(): void {
  restrictStorageToExtension().catch((err: unknown) => console.warn('[bespoke] could not restrict storage to the extension:', String(err)));
  const ready = getDatabase().open();
  registerCaptureHandlers(async () => {
    await ready;
    return getDatabase();
  });
  registerSettingsMessages();
  registerLlmChatMessages();
}
