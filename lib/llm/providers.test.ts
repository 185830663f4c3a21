import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAKE_MODELS } from '../../tests/fakes/llm/index.ts';
import { createLlmClient } from './client.ts';
import { PROVIDERS, TEST_KEY, startHarness, type Harness } from './test-helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

const messages = [
  { role: 'system' as const, content: 'You are terse.' },
  { role: 'user' as const, content: 'Say hello to the resume.' },
];

describe.each(PROVIDERS)('%s through its official SDK against the fake wire protocol', (provider) => {
  it('lists the chat models from the provider models endpoint, sending the key', async () => {
    h = await startHarness(provider);
    const models = await h.client.listModels();
    const ids = models.map((m) => m.id);
    // Embedding models are filtered where the provider says what a model can do (Gemini).
    const expected = DEFAULT_FAKE_MODELS[provider].filter((id) => provider !== 'google' || !id.includes('embedding'));
    expect(ids).toEqual([...expected].sort());
    expect(h.fake.requests[0].endpoint).toBe('models');
    expect(h.fake.requests[0].apiKey).toBe(TEST_KEY);
  });

  it('streams a completion as deltas and reports usage', async () => {
    h = await startHarness(provider, { reply: 'Hello, resume! This answer arrives in pieces.', chunkSize: 5 });
    const deltas: string[] = [];
    const result = await h.client.chat({ messages, onDelta: (d) => deltas.push(d) });
    expect(result.text).toBe('Hello, resume! This answer arrives in pieces.');
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(result.text);
    expect(result.finishReason).toBe('stop');
    expect(result.model).toBe(h.config.model);
    expect(result.usage.outputTokens).toBe(Math.ceil(result.text.length / 4));
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    const req = h.fake.requests.at(-1)!;
    expect(req.stream).toBe(true);
    expect(req.apiKey).toBe(TEST_KEY);
    // The system prompt reaches the provider in its own format.
    expect(JSON.stringify(req.body)).toContain('You are terse.');
  });

  it('answers without streaming when asked', async () => {
    h = await startHarness(provider, { reply: 'One piece.' });
    const result = await h.client.chat({ messages, stream: false });
    expect(result).toMatchObject({ text: 'One piece.', finishReason: 'stop' });
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(h.fake.requests.at(-1)!.stream).toBe(false);
  });

  it('reports a truncated answer as finishReason "length"', async () => {
    h = await startHarness(provider, { reply: 'A long answer that will be cut.' });
    h.fake.setFault('truncated');
    const result = await h.client.chat({ messages });
    expect(result.finishReason).toBe('length');
    expect(result.text.length).toBeLessThan('A long answer that will be cut.'.length);
  });

  it('sends the output-token limit and temperature in the provider format', async () => {
    h = await startHarness(provider);
    const client = createLlmClient({ ...h.config, temperature: 0.3 });
    await client.chat({ messages, maxOutputTokens: 7 });
    const body = JSON.stringify(h.fake.requests.at(-1)!.body);
    expect(body).toMatch(/"(max_tokens|max_completion_tokens|maxOutputTokens)":7/);
    expect(body).toContain('0.3');
  });
});
