import { createLlmClient } from '@/lib/llm/index';
import { handle } from '@/lib/messaging/handle';
import { resolveProviderConfig, secondOpinionModel } from '@/lib/settings/index';
import { activeProfile } from './local-llm';

/**
 * Chat completions for tailoring runs, made here so the key never leaves the background.
 * In-flight requests are tracked only to cancel them: if the worker dies, so do they, which is
 * why this map needs no persistence (the run itself is recorded by the page in IndexedDB).
 */
const inFlight = new Map<string, AbortController>();

export function registerLlmChatMessages(): void {
  handle('llm:active-profile', () => activeProfile());

  handle('llm:second-opinion:model', ({ profileId }) => secondOpinionModel(profileId));

  handle('llm:chat', async ({ requestId, profileId, model, request }) => {
    const controller = new AbortController();
    inFlight.set(requestId, controller);
    try {
      const config = await resolveProviderConfig(profileId);
      const client = createLlmClient(model ? { ...config, model } : config);
      return await client.chat({ ...request, signal: controller.signal });
    } finally {
      inFlight.delete(requestId);
    }
  });

  handle('llm:cancel', ({ requestId }) => {
    inFlight.get(requestId)?.abort(new Error('Cancelled by the user.'));
  });
}
