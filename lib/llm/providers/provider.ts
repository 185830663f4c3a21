import type { FetchLike } from '../traced-fetch.ts';
import type { ChatMessage, ChatRequest, ChatResult, ModelInfo, ProviderConfig } from '../types.ts';

/** What one chat attempt needs besides the request: the abort signal and the delta sink. */
export interface ChatCallContext {
  signal: AbortSignal;
  /** Forwards a streamed delta to the caller (and marks the attempt as no longer retryable). */
  emit(text: string): void;
}

/** One provider's calls through its official SDK, built fresh per attempt with our `fetch`. */
export interface ProviderCalls {
  listModels(signal: AbortSignal): Promise<ModelInfo[]>;
  chat(request: ChatRequest, ctx: ChatCallContext): Promise<ChatResult>;
}

export type ProviderFactory = (config: ProviderConfig, fetch: FetchLike) => ProviderCalls;

/**
 * A stream that ended without the provider's closing event (finish reason, \`message_stop\`):
 * the answer may be incomplete, so it must not be passed on as if it were whole.
 */
export class IncompleteAnswerError extends Error {
  override name = 'IncompleteAnswerError';
  constructor() {
    super('The stream ended before the provider said the answer was complete.');
  }
}

/** A generous cap used when the caller gives none; providers that require one (Anthropic) need a number. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 8192;

/** SDK-level timeout: ours are enforced by `runWithRetries`, so the SDK's own must never fire first. */
export const SDK_TIMEOUT_MS = 24 * 60 * 60 * 1000;

/** Providers that take the system prompt apart from the conversation (Anthropic, Gemini). */
export function splitSystem(messages: ChatMessage[]): { system: string | undefined; rest: ChatMessage[] } {
  const system = messages.filter((m) => m.role === 'system').map((m) => m.content).join('\n\n');
  return { system: system || undefined, rest: messages.filter((m) => m.role !== 'system') };
}

/** Sorts and de-duplicates model ids so every provider's list looks the same to the UI. */
export function tidyModels(models: ModelInfo[]): ModelInfo[] {
  const seen = new Map<string, ModelInfo>();
  for (const m of models) if (m.id && !seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}
