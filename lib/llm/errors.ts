import { redactSecrets } from './redact.ts';
import type { ProviderId } from './types.ts';

/** What went wrong, in terms a person (and the retry logic) can act on. */
export type LlmErrorKind =
  | 'bad-key'
  | 'no-access'
  | 'model-not-found'
  | 'rate-limited'
  | 'quota'
  | 'context-too-long'
  | 'truncated'
  | 'refused'
  | 'network'
  | 'timeout'
  | 'cancelled'
  | 'provider';

export interface LlmErrorOptions {
  provider?: ProviderId;
  /** HTTP status of the provider's answer, when there was one. */
  status?: number;
  /** How long the provider asked us to wait before trying again. */
  retryAfterMs?: number;
  /** Whether trying the same request again may succeed (429, 5xx, network, first-byte timeout). */
  retryable?: boolean;
  cause?: unknown;
}

/**
 * Every failure of the LLM layer. `message` is written for the person using Bespoke and never
 * contains the API key; `cause` keeps the SDK's own error for debugging.
 */
export class LlmError extends Error {
  override name = 'LlmError';
  readonly kind: LlmErrorKind;
  readonly provider?: ProviderId;
  readonly status?: number;
  readonly retryAfterMs?: number;
  readonly retryable: boolean;

  constructor(kind: LlmErrorKind, message: string, options: LlmErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.provider = options.provider;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.retryable = options.retryable ?? false;
  }
}

/** The model's JSON answer could not be parsed or did not match the expected schema. */
export class LlmOutputError extends LlmError {
  override name = 'LlmOutputError';
  /** The raw model text, kept so callers can show or log a safe excerpt. */
  readonly rawText: string;

  constructor(message: string, rawText: string, options: LlmErrorOptions = {}) {
    super('provider', message, options);
    this.rawText = rawText;
  }
}

/** Human names for messages. */
export const PROVIDER_NAMES: Record<ProviderId, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google Gemini',
  mistral: 'Mistral',
  custom: 'the custom endpoint',
};

/** The provider's name at the start of a sentence. */
export function providerTitle(provider: ProviderId): string {
  const name = PROVIDER_NAMES[provider];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** True when `err` is an {@link LlmError} of one of the given kinds. */
export function isLlmError(err: unknown, ...kinds: LlmErrorKind[]): err is LlmError {
  return err instanceof LlmError && (kinds.length === 0 || kinds.includes(err.kind));
}

/**
 * What may travel as an {@link LlmError}'s `cause`: the SDK error's name and its message with
 * the key (and anything key-like) removed, bounded — never its body, headers or request.
 */
export function redactedCause(err: unknown, apiKey?: string): Error {
  const source = err instanceof Error ? err : new Error(String(err));
  const safe = new Error(redactSecrets(source.message, apiKey, 500));
  safe.name = source.name;
  return safe;
}
