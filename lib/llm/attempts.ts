import { classifyHttpFailure } from './classify-http.ts';
import { LlmError, PROVIDER_NAMES, providerTitle, redactedCause } from './errors.ts';
import { IncompleteAnswerError } from './providers/provider.ts';
import { backoffDelay, type RetryPolicy, type TimeLimits } from './policy.ts';
import { createTracedFetch, type AttemptState, type FetchLike } from './traced-fetch.ts';
import type { ProviderId } from './types.ts';

export interface AttemptContext {
  /** Give this to the SDK as its `fetch`. */
  fetch: FetchLike;
  /** Give this to the SDK call: it aborts on user cancel and on the total time limit. */
  signal: AbortSignal;
  /** Call once output has reached the user; after that nothing is retried (it would repeat text). */
  markDelivered(): void;
}

export interface RunOptions {
  provider: ProviderId;
  operation: 'chat' | 'models';
  model?: string;
  apiKey?: string;
  policy: RetryPolicy;
  limits: TimeLimits;
  signal?: AbortSignal;
  baseFetch?: FetchLike;
}

const READ_FAILURE = /JSON|parse|Unexpected token|validation|invalid_type|Expected|unexpected/i;

/** Turns whatever one attempt threw into an {@link LlmError}, using what the wire showed. */
function classifyAttempt(err: unknown, state: AttemptState, opts: RunOptions, delivered: boolean): LlmError {
  const name = PROVIDER_NAMES[opts.provider];
  const title = providerTitle(opts.provider);
  // The SDK's error carries the provider's raw body and headers; only a redacted summary goes on.
  const base = { provider: opts.provider, cause: redactedCause(err, opts.apiKey) };
  if (err instanceof LlmError) return err;
  if (state.redirectedTo) {
    return new LlmError('provider', `${title} answered with a redirect to ${state.redirectedTo}. Bespoke never follows a redirect with your key; check the base URL.`, base);
  }
  if (state.unreadableContentType) {
    return new LlmError('provider', `${title} answered with a web page (${state.unreadableContentType}) instead of an API reply. Check the base URL.`, base);
  }
  if (state.firstByteTimedOut) {
    return new LlmError('timeout', `${title} did not answer within ${Math.round(opts.limits.firstByteMs / 1000)} s.`, { ...base, retryable: true });
  }
  if (state.status !== undefined && state.status >= 400) {
    const classified = classifyHttpFailure({
      provider: opts.provider, operation: opts.operation, status: state.status, body: state.errorBody ?? '',
      retryAfterMs: state.retryAfterMs, model: opts.model, apiKey: opts.apiKey,
    });
    return new LlmError(classified.kind, classified.message, { ...base, status: classified.status, retryAfterMs: classified.retryAfterMs, retryable: classified.retryable });
  }
  if (state.networkError !== undefined) {
    return new LlmError('network', `Could not reach ${name}. Check the internet connection and the base URL.`, { ...base, retryable: true });
  }
  if (err instanceof IncompleteAnswerError) {
    return new LlmError('network', `The answer from ${name} ended before it was complete. Try again.`, { ...base, retryable: !delivered });
  }
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  if (err instanceof SyntaxError || READ_FAILURE.test(text)) {
    return new LlmError('provider', `${title} sent a reply Bespoke could not read. Check that the base URL points at ${opts.provider === 'custom' ? 'an OpenAI-compatible API' : `the ${name} API`}.`, base);
  }
  const mid = delivered ? ' in the middle of the answer' : '';
  return new LlmError('network', `The connection to ${name} broke off${mid}. Try again.`, { ...base, retryable: !delivered });
}

/**
 * Runs `body` with our retry policy and time limits. The SDKs' own retries are switched off,
 * so these are the only ones: 429, 5xx, network failures and first-byte timeouts are retried
 * (at most `policy.maxRetries` times), nothing else, and nothing after the user cancels.
 */
export async function runWithRetries<T>(opts: RunOptions, body: (ctx: AttemptContext) => Promise<T>): Promise<T> {
  const name = providerTitle(opts.provider);
  const total = new AbortController();
  const totalTimer = setTimeout(() => total.abort(new DOMException('Total time limit', 'TimeoutError')), opts.limits.totalMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, total.signal]) : total.signal;
  const cancelled = () => new LlmError('cancelled', 'Cancelled.', { provider: opts.provider, cause: opts.signal?.reason });
  const timedOut = () => new LlmError('timeout', `${name} took longer than ${Math.round(opts.limits.totalMs / 1000)} s in total.`, { provider: opts.provider });
  try {
    for (let retry = 0; ; retry++) {
      if (opts.signal?.aborted) throw cancelled();
      if (total.signal.aborted) throw timedOut();
      const state: AttemptState = { firstByteTimedOut: false };
      let delivered = false;
      try {
        return await body({
          fetch: createTracedFetch(state, opts.limits.firstByteMs, opts.baseFetch),
          signal,
          markDelivered: () => { delivered = true; },
        });
      } catch (err) {
        // The user's cancel and the overall limit win over whatever the SDK made of the abort.
        if (opts.signal?.aborted) throw cancelled();
        if (total.signal.aborted) throw timedOut();
        const failure = classifyAttempt(err, state, opts, delivered);
        const tooLong = failure.retryAfterMs !== undefined && failure.retryAfterMs > opts.policy.maxRetryAfterMs;
        if (!failure.retryable || delivered || retry >= opts.policy.maxRetries || tooLong) throw failure;
        try {
          await opts.policy.sleep(backoffDelay(opts.policy, retry, failure.retryAfterMs), signal);
        } catch (sleepAbort) {
          if (opts.signal?.aborted) throw cancelled();
          throw timedOut();
        }
      }
    }
  } finally {
    clearTimeout(totalTimer);
  }
}
