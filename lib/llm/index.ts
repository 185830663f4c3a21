/** Public surface of the LLM layer: one client over five providers, typed errors, JSON and cost helpers. */
export type * from './types.ts';
export { createLlmClient, type LlmClientOptions } from './client.ts';
export { testConnection, type ConnectionReport } from './test-connection.ts';
export { LlmError, LlmOutputError, isLlmError, PROVIDER_NAMES, type LlmErrorKind, type LlmErrorOptions } from './errors.ts';
export { parseJsonLenient } from './json-lenient.ts';
export { chatJson, toProviderJsonSchema, type ChatJsonResult } from './chat-json.ts';
export { cheapestModel, estimateCostUsd, findModelPrice, DEFAULT_PRICE_TABLE, type ModelPrice, type PriceTable } from './pricing.ts';
export { DEFAULT_RETRY, DEFAULT_CHAT_LIMITS, DEFAULT_MODELS_LIMITS, type RetryPolicy, type TimeLimits } from './policy.ts';
export { redactSecrets } from './redact.ts';
