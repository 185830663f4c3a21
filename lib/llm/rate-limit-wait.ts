/**
 * How long a rate-limited provider asks us to wait when it sends no `retry-after`: each
 * provider says it in its own place. OpenAI (and OpenAI-compatible servers, Mistral too):
 * `x-ratelimit-reset-requests` / `-tokens` as durations ("1s", "6m0s", "20ms"). Anthropic:
 * `anthropic-ratelimit-*-reset` as RFC 3339 times. Gemini: no header at all, a `RetryInfo`
 * detail in the error body (`"retryDelay": "30s"`).
 */

const RESET_HEADERS = [
  'x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens',
  'anthropic-ratelimit-requests-reset', 'anthropic-ratelimit-tokens-reset',
  'anthropic-ratelimit-input-tokens-reset', 'anthropic-ratelimit-output-tokens-reset',
];

/** "6m0s", "1.5s", "20ms", "1h2m" (Go-style durations, as OpenAI writes them) in milliseconds. */
export function parseDuration(text: string): number | undefined {
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text.trim()) return undefined;
  const unit = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as const;
  return Math.round(parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2] as keyof typeof unit], 0));
}

/** The provider's reset headers: the longest wait they name (the limit that was hit is the one not yet reset). */
export function resetHeadersWait(headers: Headers, now = Date.now()): number | undefined {
  const waits = RESET_HEADERS.flatMap((name) => {
    const value = headers.get(name)?.trim();
    if (!value) return [];
    const duration = parseDuration(value);
    if (duration !== undefined) return [duration];
    const at = /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : NaN;
    return Number.isNaN(at) ? [] : [Math.max(0, at - now)];
  });
  return waits.length ? Math.max(...waits) : undefined;
}

/** Gemini's `RetryInfo.retryDelay` ("30s", "1.5s") from a JSON error body. */
export function retryDelayInBody(body: string): number | undefined {
  const m = /"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"/.exec(body);
  return m ? Math.round(Number(m[1]) * 1000) : undefined;
}
