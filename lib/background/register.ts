import { registerCaptureHandlers } from '@/lib/capture/background';
import { getDatabase } from '@/lib/db/database';
import { registerLlmChatMessages } from './llm-chat-messages';
import { registerSettingsMessages } from './settings-messages';

/**
 * Wires every background service. Listeners are registered synchronously on each start of the
 * (disposable) service worker; anything they need is reached through one init promise.
 */
export function registerBackground(): void {
  const ready = getDatabase().open();
  registerCaptureHandlers(async () => {
    await ready;
    return getDatabase();
  });
  registerSettingsMessages();
  registerLlmChatMessages();
}
