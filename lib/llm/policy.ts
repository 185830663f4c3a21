/** How failed attempts are retried. Tests shrink the delays and inject `sleep`. */
export interface RetryPolicy {
  /** Retries after the first attempt (the issue caps this at 3). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A `retry-after` longer than this is not waited out: the rate-limit error is returned instead. */
  maxRetryAfterMs: number;
  /** Waits `ms` or rejects when `signal` aborts; injectable so tests can record the delays. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  random: () => number;
}

/** Time limits of one call. `firstByteMs` bounds each attempt until response headers arrive. */
export interface TimeLimits {
  firstByteMs: number;
  totalMs: number;
}

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const DEFAULT_RETRY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1_000,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  sleep: abortableSleep,
  random: Math.random,
};

/** Streaming answers send headers at once, so a short first-byte limit is safe for chat. */
export const DEFAULT_CHAT_LIMITS: TimeLimits = { firstByteMs: 45_000, totalMs: 300_000 };
export const DEFAULT_MODELS_LIMITS: TimeLimits = { firstByteMs: 15_000, totalMs: 30_000 };

/**
 * Delay before retry number `retry` (0-based): the provider's `retry-after` when it gave one,
 * otherwise exponential backoff with "equal jitter" (half fixed, half random) so many clients
 * hitting the same limit do not retry in lockstep.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (policy.random() * ceiling) / 2);
}
