import type { RunFailure } from '@/lib/db/records';

/** LLM error kinds that have their own next step; the rest is shown as the provider's message with Retry. */
const LLM_KINDS = new Set(['bad-key', 'no-access', 'rate-limited', 'quota', 'model-not-found']);

/** The error and each cause behind it (a TailorError wraps the LlmError; a wire error has no class, only fields). */
function* chain(err: unknown): Generator<Record<string, unknown>> {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    yield e as Record<string, unknown>;
  }
}

/**
 * What kind of failure stopped a run, for the panel to offer its next step: a bad key or no
 * access (→ the key in Settings), a rate limit (→ the time the provider gave, as a clock time,
 * so the panel can count down even after it was closed), quota, no provider or a locked key
 * (→ Settings or the offline tailor). Reads the `name`/`kind` fields, never `instanceof`: errors
 * that crossed the message boundary from the background are plain objects with those fields.
 */
export function describeRunFailure(err: unknown, now = Date.now()): RunFailure | undefined {
  for (const e of chain(err)) {
    const kind = typeof e.kind === 'string' ? e.kind : undefined;
    if (e.name === 'LlmError' && kind && LLM_KINDS.has(kind)) {
      const retryAfterMs = typeof e.retryAfterMs === 'number' ? e.retryAfterMs : undefined;
      return {
        kind: kind as RunFailure['kind'],
        ...(typeof e.provider === 'string' ? { provider: e.provider } : {}),
        ...(kind === 'rate-limited' && retryAfterMs !== undefined ? { retryAt: now + retryAfterMs } : {}),
      };
    }
    if (e.name === 'SettingsError' && kind === 'not-found') return { kind: 'no-provider' };
    if (e.name === 'SettingsError' && kind === 'locked') return { kind: 'locked' };
    if (e.name === 'RunStartError' && /No LLM provider/i.test(String(e.message))) return { kind: 'no-provider' };
  }
  return undefined;
}
