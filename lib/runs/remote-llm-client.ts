import type { ChatRequest, ChatResult, LlmClient, ModelInfo, ProviderId } from '@/lib/llm/types';
import { sendMessage } from '@/lib/messaging/protocol';

/**
 * An `LlmClient` for extension pages: every call is made by the background, which alone holds
 * the key. `model` overrides the profile's (the second opinion's cheaper model). Cancelling the
 * signal asks the background to abort the request.
 */
export function createRemoteLlmClient(provider: ProviderId, profileId?: string, model?: string): LlmClient {
  return {
    provider,
    async listModels(): Promise<ModelInfo[]> {
      throw new Error('Model lists are fetched from the settings page.');
    },
    async chat(request: ChatRequest): Promise<ChatResult> {
      const requestId = crypto.randomUUID();
      const { signal, onDelta, ...payload } = request;
      signal?.throwIfAborted();
      const cancel = () => void sendMessage('llm:cancel', { requestId }).catch(() => undefined);
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const result = await sendMessage('llm:chat', {
          requestId,
          profileId,
          model,
          request: { messages: payload.messages, json: payload.json, maxOutputTokens: payload.maxOutputTokens, stream: payload.stream },
        });
        // Text arrives whole across the message boundary; report it as one delta.
        onDelta?.(result.text);
        return result;
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
  };
}
