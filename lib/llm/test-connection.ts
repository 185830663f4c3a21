import { createLlmClient, type LlmClientOptions } from './client.ts';
import { LlmError } from './errors.ts';
import type { ModelInfo, ProviderConfig, TokenUsage } from './types.ts';

export interface ConnectionReport {
  models: ModelInfo[];
  /** The model that answered the one-token completion. */
  model: string;
  usage: TokenUsage;
  /** False when the provider lists no models and the typed model name was used as is (custom). */
  modelListed: boolean;
}

/**
 * Proves a configuration works end to end: lists the models, then asks the chosen model for a
 * one-token completion. Throws the {@link LlmError} of the first step that fails.
 */
export async function testConnection(config: ProviderConfig, signal?: AbortSignal, options?: LlmClientOptions): Promise<ConnectionReport> {
  const client = createLlmClient(config, options);
  let models: ModelInfo[] = [];
  try {
    models = await client.listModels(signal);
  } catch (err) {
    // Some OpenAI-compatible servers have no /models endpoint; a typed model name still works.
    const noList = err instanceof LlmError && config.provider === 'custom' && (err.status === 404 || err.status === 405);
    if (!noList) throw err;
  }
  if (!config.model) throw new LlmError('model-not-found', 'Choose a model first.', { provider: config.provider });
  const result = await client.chat({
    messages: [{ role: 'user', content: 'Reply with the single word: ok' }],
    maxOutputTokens: 1,
    signal,
  });
  return { models, model: result.model, usage: result.usage, modelListed: models.some((m) => m.id === config.model) };
}
