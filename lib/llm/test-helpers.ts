/**
 * Shared by this folder's tests: fast retry settings (no real waits) and a fake-backed client.
 * Not exported from index.ts.
 */
import { DEFAULT_FAKE_MODELS, startFakeProvider, type FakeProvider, type FakeProviderOptions } from '../../tests/fakes/llm/index.ts';
import { createLlmClient, type LlmClientOptions } from './client.ts';
import type { LlmClient, ProviderConfig, ProviderId } from './types.ts';

export const PROVIDERS: ProviderId[] = ['openai', 'anthropic', 'google', 'mistral', 'custom'];
export const TEST_KEY = 'sk-test-0123456789abcdef';

/** Retry options that record the requested delays instead of waiting them out. */
export function fastRetry(): { delays: number[]; options: LlmClientOptions } {
  const delays: number[] = [];
  return {
    delays,
    options: {
      retry: {
        baseDelayMs: 10,
        sleep: async (ms, signal) => {
          delays.push(ms);
          if (signal.aborted) throw signal.reason;
        },
      },
      chatLimits: { firstByteMs: 2_000, totalMs: 10_000 },
      modelsLimits: { firstByteMs: 2_000, totalMs: 10_000 },
    },
  };
}

export interface Harness {
  fake: FakeProvider;
  config: ProviderConfig;
  client: LlmClient;
  delays: number[];
}

/** Starts a fake for `provider` and a client pointed at it with the fake's base URL. */
export async function startHarness(provider: ProviderId, fakeOptions: FakeProviderOptions = {}, clientOptions: LlmClientOptions = {}): Promise<Harness> {
  const fake = await startFakeProvider(provider, { apiKey: TEST_KEY, ...fakeOptions });
  const config: ProviderConfig = { provider, apiKey: TEST_KEY, baseUrl: fake.baseUrl, model: DEFAULT_FAKE_MODELS[provider][0] };
  const { delays, options } = fastRetry();
  const merged: LlmClientOptions = { ...options, ...clientOptions, retry: { ...options.retry, ...clientOptions.retry } };
  return { fake, config, client: createLlmClient(config, merged), delays };
}
