import { startFakeProvider, type FakeFault, type FakeProvider, type FakeProviderId } from '../fakes/llm/index';
import { sendFromPage } from './background-messages';
import { expect, resetExtensionState, test } from './fixtures';

test.beforeAll(async ({ extension }) => resetExtensionState(extension));

const KEY = 'fault-key-0b3e';
const MODELS: Record<FakeProviderId, string> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-20241022',
  google: 'gemini-2.5-flash',
  mistral: 'mistral-small-latest',
  custom: 'llama3.1:8b',
};
/** Faults that end a call with a clear error (retrying would not help), and what it must say. */
const FATAL: [FakeFault, RegExp][] = [
  ['unauthorized', /key/i],
  ['forbidden', /access|permission|forbidden/i],
  ['model-not-found', /model/i],
  ['quota', /quota|credit|billing/i],
  ['context-too-long', /too long|context/i],
  ['non-json', /unexpected|not json|invalid|html|response/i],
  ['cut-mid-stream', /connection|network|interrupted|incomplete|ended/i],
];

const messages = [{ role: 'user', content: 'Say hello.' }];

for (const provider of Object.keys(MODELS) as FakeProviderId[]) {
  test(`${provider}: from the service worker — streams, returns JSON, recovers from 429/503, fails clearly on every fault`, async ({ extension }) => {
    const fake: FakeProvider = await startFakeProvider(provider, { apiKey: KEY, reply: 'Hello from the fake server, streamed in pieces.', chunkSize: 5 });
    try {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
      const draft = { label: provider, provider, baseUrl: fake.baseUrl, model: MODELS[provider], apiKey: KEY };
      expect((await sendFromPage(page, 'llm:connection:test', draft)).err).toBeUndefined();
      const saved = await sendFromPage<{ id: string }>(page, 'llm:profile:save', draft);
      const chat = (request: object) => sendFromPage<{ text: string; usage: { outputTokens: number } }>(page, 'llm:chat', { requestId: crypto.randomUUID(), profileId: saved.res!.id, request });

      const streamed = await chat({ messages, stream: true });
      expect(streamed.res?.text).toBe('Hello from the fake server, streamed in pieces.');
      expect(streamed.res!.usage.outputTokens).toBeGreaterThan(0);

      fake.setReply('{"greeting": "hello", "count": 2}');
      const json = await chat({ messages, json: { name: 'greeting', schema: { type: 'object', properties: { greeting: { type: 'string' }, count: { type: 'number' } }, required: ['greeting', 'count'] } } });
      expect(JSON.parse(json.res!.text)).toEqual({ greeting: 'hello', count: 2 });

      // One rate limit (retry-after honoured) or outage, then success: retried, not failed.
      for (const fault of ['rate-limited', 'unavailable'] as FakeFault[]) {
        const before = fake.requests.length;
        fake.setFault(fault, { times: 1, on: 'chat', retryAfterSeconds: 1 });
        const recovered = await chat({ messages });
        expect(recovered.err, `${fault} should be retried`).toBeUndefined();
        expect(fake.requests.length - before).toBe(2);
      }

      for (const [fault, says] of FATAL) {
        fake.setFault(fault, { times: 1, on: 'chat' });
        const failed = await chat({ messages, stream: true });
        expect(failed.err?.message ?? `no error for ${fault}`).toMatch(says);
        expect(failed.err?.message).not.toContain(KEY);
      }
      // Not errors but outcomes the caller must see: a truncated answer and a refusal.
      fake.setFault('truncated', { times: 1, on: 'chat' });
      expect((await chat({ messages, stream: true })).res).toMatchObject({ finishReason: 'length' });
      // Mistral's API has no refusal signal (a refusal is an ordinary answer), so only the others report one.
      if (provider !== 'mistral') {
        fake.setFault('refusal', { times: 1, on: 'chat' });
        expect((await chat({ messages, stream: true })).res).toMatchObject({ finishReason: 'refusal' });
      }
      await page.close();
    } finally {
      await fake.close();
    }
  });
}
