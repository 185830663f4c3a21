import { startFakeProvider, type FakeProvider, type FakeProviderId } from '../fakes/llm/index';
import { sendFromPage } from './background-messages';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const KEY = 'test-key-7c1d9e';
/** Base URLs mean what each SDK's own option means: OpenAI-style ones include /v1. */
const PROVIDERS: { id: FakeProviderId; model: string; baseUrl: (f: FakeProvider) => string }[] = [
  { id: 'openai', model: 'gpt-4o-mini', baseUrl: (f) => f.baseUrl },
  { id: 'anthropic', model: 'claude-3-5-haiku-20241022', baseUrl: (f) => f.baseUrl },
  { id: 'google', model: 'gemini-2.5-flash', baseUrl: (f) => f.baseUrl },
  { id: 'mistral', model: 'mistral-small-latest', baseUrl: (f) => f.baseUrl },
  { id: 'custom', model: 'llama3.1:8b', baseUrl: (f) => f.baseUrl },
];

for (const provider of PROVIDERS) {
  test(`${provider.id}: the service worker lists models and completes through the real SDK, and maps faults`, async ({ extension }) => {
    const fake = await startFakeProvider(provider.id, { apiKey: KEY });
    try {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
      const draft = { label: provider.id, provider: provider.id, baseUrl: provider.baseUrl(fake), model: provider.model, apiKey: KEY };

      const models = await sendFromPage<{ id: string }[]>(page, 'llm:models:list', draft);
      expect(models.err).toBeUndefined();
      expect(models.res!.map((m) => m.id)).toContain(provider.model);

      const test = await sendFromPage<{ model: string; usage: { inputTokens: number; outputTokens: number } }>(page, 'llm:connection:test', draft);
      expect(test.err).toBeUndefined();
      expect(test.res!.model).toBe(provider.model);
      expect(test.res!.usage.outputTokens).toBeGreaterThan(0);
      expect(fake.requests.some((r) => r.endpoint === 'chat')).toBe(true);

      const badKey = await sendFromPage(page, 'llm:models:list', { ...draft, apiKey: 'wrong-key' });
      expect(badKey.err?.message).toMatch(/key/i);
      expect(badKey.err?.message).not.toContain('wrong-key');

      fake.setFault('model-not-found', { times: 1, on: 'chat' });
      const missing = await sendFromPage(page, 'llm:connection:test', draft);
      expect(missing.err?.message).toMatch(/model/i);
      await page.close();
    } finally {
      await fake.close();
    }
  });
}
