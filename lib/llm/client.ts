import { runWithRetries } from './attempts.ts';
import { LlmError } from './errors.ts';
import { DEFAULT_CHAT_LIMITS, DEFAULT_MODELS_LIMITS, DEFAULT_RETRY, type RetryPolicy, type TimeLimits } from './policy.ts';
import { createAnthropicCalls } from './providers/anthropic.ts';
import { createGoogleCalls } from './providers/google.ts';
import { createMistralCalls } from './providers/mistral.ts';
import { createOpenAiCalls } from './providers/openai.ts';
import type { ProviderFactory } from './providers/provider.ts';
import type { FetchLike } from './traced-fetch.ts';
import type { ChatRequest, LlmClient, ProviderConfig, ProviderId } from './types.ts';

/** Tuning knobs; the defaults suit real providers, tests shrink the delays and limits. */
export interface LlmClientOptions {
  retry?: Partial<RetryPolicy>;
  chatLimits?: Partial<TimeLimits>;
  modelsLimits?: Partial<TimeLimits>;
  /** The `fetch` under the SDKs (defaults to the global one). */
  fetch?: FetchLike;
}

// Static imports only: the background is one bundled script and an MV3 worker cannot import().
const FACTORIES: Record<ProviderId, ProviderFactory> = {
  openai: createOpenAiCalls,
  custom: createOpenAiCalls,
  anthropic: createAnthropicCalls,
  google: createGoogleCalls,
  mistral: createMistralCalls,
};

/** Hosts a plain-HTTP base URL may name (a model server on this machine). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Rejects configurations that cannot work before any request is made. */
function checkConfig(config: ProviderConfig): void {
  if (!FACTORIES[config.provider]) throw new LlmError('provider', `Unknown provider "${String(config.provider)}".`);
  if (!config.apiKey && config.provider !== 'custom') {
    throw new LlmError('bad-key', 'No API key is set for this provider.', { provider: config.provider });
  }
  if (config.provider === 'custom' && !config.baseUrl) {
    throw new LlmError('provider', 'A custom endpoint needs a base URL (for example http://localhost:11434/v1).', { provider: 'custom' });
  }
  if (config.baseUrl) {
    let url: URL;
    try {
      url = new URL(config.baseUrl);
    } catch (cause) {
      throw new LlmError('provider', `"${config.baseUrl}" is not a valid URL.`, { provider: config.provider, cause });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new LlmError('provider', 'The base URL must start with https:// or http://.', { provider: config.provider });
    }
    // Plain HTTP would send the key readable by anyone on the network; only this machine is exempt.
    if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) {
      throw new LlmError('provider', 'Use https:// for this base URL: plain http:// is only allowed for localhost and 127.0.0.1.', { provider: config.provider });
    }
  }
}

/**
 * One {@link LlmClient} over the provider's official SDK, with our retries (429/5xx/network,
 * at most 3, honouring `retry-after`), first-byte and total time limits, and typed errors.
 */
export function createLlmClient(config: ProviderConfig, options: LlmClientOptions = {}): LlmClient {
  checkConfig(config);
  const factory = FACTORIES[config.provider];
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  policy.maxRetries = Math.min(Math.max(0, policy.maxRetries), 3);
  const chatLimits: TimeLimits = { ...DEFAULT_CHAT_LIMITS, ...options.chatLimits };
  const modelsLimits: TimeLimits = { ...DEFAULT_MODELS_LIMITS, ...options.modelsLimits };
  // Local OpenAI-compatible servers (Ollama) accept any key; the SDK still wants a non-empty one.
  const sdkConfig = { ...config, apiKey: config.apiKey || 'none' };
  const common = { provider: config.provider, model: config.model, apiKey: config.apiKey, policy, baseFetch: options.fetch };

  return {
    provider: config.provider,
    listModels(signal) {
      return runWithRetries({ ...common, operation: 'models', limits: modelsLimits, signal }, (ctx) =>
        factory(sdkConfig, ctx.fetch).listModels(ctx.signal),
      );
    },
    chat(request: ChatRequest) {
      // Non-streamed answers send their headers only when complete, so "first byte" is the total.
      const limits = request.stream === false ? { ...chatLimits, firstByteMs: chatLimits.totalMs } : chatLimits;
      return runWithRetries({ ...common, operation: 'chat', limits, signal: request.signal }, (ctx) =>
        factory(sdkConfig, ctx.fetch).chat(request, {
          signal: ctx.signal,
          emit: (text) => {
            ctx.markDelivered();
            request.onDelta?.(text);
          },
        }),
      );
    },
  };
}
