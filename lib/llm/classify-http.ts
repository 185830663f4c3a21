import { LlmError, PROVIDER_NAMES, providerTitle } from './errors.ts';
import { redactSecrets } from './redact.ts';
import type { ProviderId } from './types.ts';

export interface HttpFailure {
  provider: ProviderId;
  /** `models` when listing models: a 404 there means a wrong base URL, not a missing model. */
  operation: 'chat' | 'models';
  status: number;
  /** The error body as the provider sent it (JSON or not). */
  body: string;
  retryAfterMs?: number;
  model?: string;
  apiKey?: string;
}

const CONTEXT_PATTERNS = [
  /context[_ ]length[_ ]exceeded/i,
  /maximum context length/i,
  /prompt is too long/i,
  /exceeds the maximum number of tokens/i,
  /input (?:token count|is too long)/i,
  /too many (?:input )?tokens/i,
  /context window/i,
];
const QUOTA_PATTERNS = [/insufficient_quota/i, /credit balance/i, /billing/i, /payment required/i];
const BAD_KEY_PATTERNS = [/API[_ ]KEY[_ ]INVALID/i, /API key not valid/i, /invalid[_ ]api[_ ]key/i];

/** Pulls the provider's own message out of the usual `{error:{message}}` / `{message}` shapes. */
export function providerMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const err = parsed.error as Record<string, unknown> | string | undefined;
    if (typeof err === 'string') return err;
    if (err && typeof err.message === 'string') return err.message;
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.detail === 'string') return parsed.detail;
  } catch (parseError) {
    // Not JSON (an HTML error page from a proxy, say): the first line of text is the best we have.
    void parseError;
  }
  return body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Maps an HTTP error answer to a typed {@link LlmError} with a message a person can act on. */
export function classifyHttpFailure(f: HttpFailure): LlmError {
  const name = PROVIDER_NAMES[f.provider];
  const title = providerTitle(f.provider);
  const detail = redactSecrets(providerMessage(f.body), f.apiKey, 300);
  const base = { provider: f.provider, status: f.status, retryAfterMs: f.retryAfterMs };
  const said = detail ? ` (${f.provider === 'custom' ? 'it' : name} said: ${detail})` : '';
  const matches = (patterns: RegExp[]) => patterns.some((p) => p.test(f.body));

  if (f.status === 401 || (f.status === 400 && matches(BAD_KEY_PATTERNS))) {
    return new LlmError('bad-key', `${title} rejected the API key. Check that it is correct and still active.`, base);
  }
  if (f.status === 402 || matches(QUOTA_PATTERNS)) {
    return new LlmError('quota', `The account at ${name} has run out of quota or credit. Check its billing page.${said}`, base);
  }
  if (f.status === 403) {
    return new LlmError('no-access', `This API key has no access to ${f.model ? `the model "${f.model}"` : 'this resource'} at ${name}.${said}`, base);
  }
  if (f.status === 404) {
    return f.operation === 'models'
      ? new LlmError('provider', `${title} has no models endpoint at this address. Check the base URL.${said}`, base)
      : new LlmError('model-not-found', `${title} does not know the model "${f.model ?? ''}". Pick another model from the list.${said}`, base);
  }
  if (f.status === 429) {
    const wait = f.retryAfterMs !== undefined ? ` Try again in ${Math.ceil(f.retryAfterMs / 1000)} s.` : ' Try again shortly.';
    return new LlmError('rate-limited', `${title} is rate-limiting this key.${wait}`, { ...base, retryable: true });
  }
  if (f.status === 413 || ((f.status === 400 || f.status === 422) && matches(CONTEXT_PATTERNS))) {
    return new LlmError('context-too-long', `The request is too long for this model's context window at ${name}. Use a model with a larger context or shorten the input.${said}`, base);
  }
  if (f.status >= 500) {
    return new LlmError('provider', `${title} had a server error (${f.status}). Try again in a moment.${said}`, { ...base, retryable: true });
  }
  return new LlmError('provider', `${title} refused the request (HTTP ${f.status}).${said}`, base);
}
