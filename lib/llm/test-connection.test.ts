import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAKE_MODELS, startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import { LlmError } from './errors.ts';
import { testConnection } from './test-connection.ts';
import { PROVIDERS, TEST_KEY, fastRetry } from './test-helpers.ts';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe.each(PROVIDERS)('testConnection(%s)', (provider) => {
  it('lists models and gets a one-token answer', async () => {
    fake = await startFakeProvider(provider, { apiKey: TEST_KEY });
    const model = DEFAULT_FAKE_MODELS[provider][0];
    const report = await testConnection({ provider, apiKey: TEST_KEY, baseUrl: fake.baseUrl, model }, undefined, fastRetry().options);
    expect(report.modelListed).toBe(true);
    expect(report.models.map((m) => m.id)).toContain(model);
    expect(fake.requests.map((r) => r.endpoint)).toEqual(['models', 'chat']);
    expect(JSON.stringify(fake.requests[1].body)).toMatch(/"(max_tokens|max_completion_tokens|maxOutputTokens)":1/);
  });

  it('fails with the typed error when the key is wrong', async () => {
    fake = await startFakeProvider(provider, { apiKey: TEST_KEY });
    const err = await testConnection({ provider, apiKey: 'wrong-key-abcdefgh', baseUrl: fake.baseUrl, model: 'm' }, undefined, fastRetry().options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmError);
    expect((err as LlmError).kind).toBe('bad-key');
  });
});

describe('testConnection with a custom endpoint', () => {
  it('accepts a typed model name when the server has no models endpoint', async () => {
    fake = await startFakeProvider('custom', { models: ['my-local-model'] });
    fake.setFault('model-not-found', { on: 'models' });
    const report = await testConnection({ provider: 'custom', apiKey: '', baseUrl: fake.baseUrl, model: 'my-local-model' }, undefined, fastRetry().options);
    expect(report).toMatchObject({ modelListed: false, models: [] });
  });

  it('reports a model the server does not know', async () => {
    fake = await startFakeProvider('custom');
    const err = await testConnection({ provider: 'custom', apiKey: 'k', baseUrl: fake.baseUrl, model: 'no-such-model' }, undefined, fastRetry().options).catch((e: unknown) => e);
    expect((err as LlmError).kind).toBe('model-not-found');
  });
});
