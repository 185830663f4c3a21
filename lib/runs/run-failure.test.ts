import { describe, expect, it } from 'vitest';
import { LlmError } from '@/lib/llm/errors';
import { toWireError } from '@/lib/messaging/handle';
import { SettingsError } from '@/lib/settings/errors';
import { TailorError } from '@/lib/tailor/index';
import { describeRunFailure } from './run-failure';

describe('describeRunFailure', () => {
  it('finds a rate limit behind the TailorError and turns the wait into a clock time', () => {
    const limited = new LlmError('rate-limited', 'OpenAI is rate-limiting this key. Try again in 120 s.', { provider: 'openai', status: 429, retryAfterMs: 120_000 });
    expect(describeRunFailure(new TailorError('llm', limited.message, { cause: limited }), 1_000)).toEqual({ kind: 'rate-limited', provider: 'openai', retryAt: 121_000 });
  });

  it('reads errors that crossed the message boundary (fields, no class)', () => {
    const wire = toWireError(new LlmError('bad-key', 'Anthropic rejected the API key.', { provider: 'anthropic', status: 401 }));
    expect(wire).not.toBeInstanceOf(LlmError);
    expect(describeRunFailure(wire)).toEqual({ kind: 'bad-key', provider: 'anthropic' });
    expect(describeRunFailure(toWireError(new LlmError('no-access', 'No access', { provider: 'google', status: 403 })))).toEqual({ kind: 'no-access', provider: 'google' });
  });

  it('names a missing provider and a locked key', () => {
    expect(describeRunFailure(new SettingsError('not-found', 'No LLM provider is configured yet.'))).toEqual({ kind: 'no-provider' });
    expect(describeRunFailure(toWireError(new SettingsError('locked', 'Keys are locked.')))).toEqual({ kind: 'locked' });
  });

  it('has nothing to add for other failures (a server error, a compile error)', () => {
    expect(describeRunFailure(new LlmError('provider', 'OpenAI had a server error (500).', { status: 500 }))).toBeUndefined();
    expect(describeRunFailure(new TailorError('master-compile', 'The master did not compile.'))).toBeUndefined();
    expect(describeRunFailure('boom')).toBeUndefined();
  });
});
