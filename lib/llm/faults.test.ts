import { afterEach, describe, expect, it } from 'vitest';
import type { FakeFault } from '../../tests/fakes/llm/index.ts';
import { createLlmClient } from './client.ts';
import { LlmError, type LlmErrorKind } from './errors.ts';
import { PROVIDERS, TEST_KEY, startHarness, type Harness } from './test-helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

const ask = { messages: [{ role: 'user' as const, content: 'Tailor this.' }] };

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(LlmError);
  return err as LlmError;
}

/** Fault → the kind a person sees, and how many requests reach the server (1 = not retried, 4 = 3 retries). */
const CASES: [FakeFault, LlmErrorKind, number][] = [
  ['unauthorized', 'bad-key', 1],
  ['forbidden', 'no-access', 1],
  ['model-not-found', 'model-not-found', 1],
  ['quota', 'quota', 1],
  ['context-too-long', 'context-too-long', 1],
  ['rate-limited', 'rate-limited', 4],
  ['server-error', 'provider', 4],
  ['unavailable', 'provider', 4],
  ['non-json', 'provider', 1],
  ['garbled-json', 'provider', 1],
];

describe.each(PROVIDERS)('%s faults', (provider) => {
  it.each(CASES)('%s → %s after %i request(s), without leaking the key', async (fault, kind, requests) => {
    h = await startHarness(provider);
    h.fake.setFault(fault);
    const err = await failure(h.client.chat({ ...ask, onDelta: () => {} }));
    expect(err.kind).toBe(kind);
    expect(h.fake.requests.filter((r) => r.endpoint === 'chat')).toHaveLength(requests);
    expect(err.message).not.toContain(TEST_KEY);
    expect(err.message.length).toBeGreaterThan(20);
    expect(err.provider).toBe(provider);
  });

  it('honours retry-after on 429 and succeeds when the limit lifts', async () => {
    h = await startHarness(provider, { reply: 'after the wait' });
    h.fake.setFault('rate-limited', { times: 2, retryAfterSeconds: 2 });
    const result = await h.client.chat(ask);
    expect(result.text).toBe('after the wait');
    expect(h.fake.requests).toHaveLength(3);
    expect(h.delays).toEqual([2000, 2000]);
  });

  it('gives up at once when retry-after is longer than the longest wait', async () => {
    h = await startHarness(provider, {}, { retry: { maxRetryAfterMs: 5_000 } });
    h.fake.setFault('rate-limited', { retryAfterSeconds: 120 });
    const err = await failure(h.client.chat(ask));
    expect(err).toMatchObject({ kind: 'rate-limited', retryAfterMs: 120_000 });
    expect(h.fake.requests).toHaveLength(1);
  });

  it("reads the wait from the provider's own rate-limit signal when there is no retry-after", async () => {
    // OpenAI/Mistral/compatible: x-ratelimit-reset-* durations; Anthropic: an RFC 3339 reset time
    // (whole seconds, so a little under); Gemini: RetryInfo.retryDelay in the body.
    h = await startHarness(provider, {}, { retry: { maxRetryAfterMs: 5_000 } });
    h.fake.setFault('rate-limited', { retryAfterSeconds: 90, retryAfterSignal: 'provider' });
    const err = await failure(h.client.chat(ask));
    expect(err.kind).toBe('rate-limited');
    expect(err.retryAfterMs).toBeGreaterThan(88_000);
    expect(err.retryAfterMs).toBeLessThanOrEqual(90_000);
    expect(err.message).toMatch(/Try again in (89|90) s/);
    expect(h.fake.requests).toHaveLength(1);
  });

  it('backs off exponentially with jitter between 5xx retries', async () => {
    h = await startHarness(provider, {}, { retry: { baseDelayMs: 100, random: () => 1 } });
    h.fake.setFault('unavailable');
    await failure(h.client.chat(ask));
    expect(h.delays).toEqual([100, 200, 400]);
  });

  it('does not repeat an answer that broke off mid-stream', async () => {
    h = await startHarness(provider, { reply: 'x'.repeat(400), chunkSize: 10 });
    h.fake.setFault('cut-mid-stream');
    const deltas: string[] = [];
    const err = await failure(h.client.chat({ ...ask, onDelta: (d) => deltas.push(d) }));
    expect(err.kind).toBe('network');
    expect(deltas.length).toBeGreaterThan(0);
    expect(h.fake.requests).toHaveLength(1);
  });

  it('retries a connection cut before any output, then succeeds', async () => {
    h = await startHarness(provider, { reply: 'whole answer' });
    h.fake.setFault('cut-mid-stream', { times: 1 });
    const result = await h.client.chat({ ...ask, stream: false });
    expect(result.text).toBe('whole answer');
    expect(h.fake.requests).toHaveLength(2);
  });

  it('times out a server that never answers, retrying the first-byte limit', async () => {
    h = await startHarness(provider, {}, { chatLimits: { firstByteMs: 80, totalMs: 5_000 }, retry: { maxRetries: 1 } });
    h.fake.setFault('hang');
    const err = await failure(h.client.chat(ask));
    expect(err.kind).toBe('timeout');
    expect(h.fake.requests).toHaveLength(2);
  });

  it('stops at the total time limit', async () => {
    h = await startHarness(provider, {}, { chatLimits: { firstByteMs: 5_000, totalMs: 100 } });
    h.fake.setFault('hang');
    const err = await failure(h.client.chat(ask));
    expect(err.kind).toBe('timeout');
    expect(h.fake.requests).toHaveLength(1);
  });

  it('reports a cancel as cancelled and never retries after it', async () => {
    h = await startHarness(provider);
    h.fake.setFault('hang');
    const controller = new AbortController();
    const pending = h.client.chat({ ...ask, signal: controller.signal });
    while (h.fake.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    const err = await failure(pending);
    expect(err.kind).toBe('cancelled');
    await new Promise((r) => setTimeout(r, 50));
    expect(h.fake.requests).toHaveLength(1);
  });

  it('maps a bad key on the models endpoint too', async () => {
    h = await startHarness(provider);
    const err = await failure(createLlmClient({ ...h.config, apiKey: 'sk-wrong-key-123456' }).listModels());
    expect(err.kind).toBe('bad-key');
    expect(err.message).not.toContain('sk-wrong-key-123456');
  });
});

it('refuses to start without a key or with a bad base URL', async () => {
  expect(() => createLlmClient({ provider: 'openai', apiKey: '', model: 'gpt-4o' })).toThrow(/No API key/);
  expect(() => createLlmClient({ provider: 'custom', apiKey: '', model: 'x' })).toThrow(/base URL/);
  expect(() => createLlmClient({ provider: 'mistral', apiKey: 'k', baseUrl: 'ftp://x', model: 'x' })).toThrow(/https/);
});
