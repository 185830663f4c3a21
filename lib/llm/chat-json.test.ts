import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chatJson } from './chat-json.ts';
import { LlmError, LlmOutputError } from './errors.ts';
import { PROVIDERS, startHarness, type Harness } from './test-helpers.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.fake.close();
  h = undefined;
});

const Plan = z.object({ keywords: z.array(z.string()), score: z.number() });
const ask = { messages: [{ role: 'user' as const, content: 'Plan the tailoring.' }] };

/** Where each provider's native structured output lives in its request body. */
const NATIVE: Record<string, (body: Record<string, unknown>) => unknown> = {
  openai: (b) => (b.response_format as { json_schema?: { schema?: unknown } })?.json_schema?.schema,
  custom: (b) => (b.response_format as { json_schema?: { schema?: unknown } })?.json_schema?.schema,
  mistral: (b) => (b.response_format as { json_schema?: { schema?: unknown } })?.json_schema?.schema,
  anthropic: (b) => (b.output_config as { format?: { schema?: unknown } })?.format?.schema,
  google: (b) => (b.generationConfig as { responseJsonSchema?: unknown })?.responseJsonSchema,
};

describe.each(PROVIDERS)('chatJson with %s', (provider) => {
  it('asks for native structured output and validates the answer', async () => {
    h = await startHarness(provider, { reply: '{"keywords": ["TypeScript", "React"], "score": 0.8}' });
    const { data, result } = await chatJson(h.client, ask, Plan, 'plan');
    expect(data).toEqual({ keywords: ['TypeScript', 'React'], score: 0.8 });
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    const schema = NATIVE[provider](h.fake.requests.at(-1)!.body!) as { properties?: Record<string, unknown> };
    expect(Object.keys(schema?.properties ?? {})).toEqual(['keywords', 'score']);
  });
});

describe('chatJson fallbacks and failures', () => {
  it('parses JSON wrapped in a fence and prose', async () => {
    h = await startHarness('openai', { reply: 'Here it is:\n```json\n{"keywords": [], "score": 1}\n```' });
    expect((await chatJson(h.client, ask, Plan)).data).toEqual({ keywords: [], score: 1 });
  });

  it('falls back to plain JSON mode when the model rejects a schema', async () => {
    h = await startHarness('anthropic', { rejectJsonSchema: true, reply: '{"keywords": ["Go"], "score": 2}' });
    const { data } = await chatJson(h.client, ask, Plan);
    expect(data.keywords).toEqual(['Go']);
    expect(h.fake.requests.map((r) => Boolean(r.body?.output_config))).toEqual([true, false]);
  });

  it('reports a shape mismatch with the path of the problem', async () => {
    h = await startHarness('mistral', { reply: '{"keywords": "TypeScript", "score": 1}' });
    const err = await chatJson(h.client, ask, Plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmOutputError);
    expect((err as LlmOutputError).message).toMatch(/"keywords"/);
    expect((err as LlmOutputError).rawText).toContain('TypeScript');
  });

  it('reports an answer without JSON', async () => {
    h = await startHarness('google', { reply: 'I would rather write a poem.' });
    const err = await chatJson(h.client, ask, Plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmOutputError);
    expect((err as LlmOutputError).message).toMatch(/no JSON/);
  });

  it.each(PROVIDERS)('turns a truncated %s answer into a "truncated" error', async (provider) => {
    h = await startHarness(provider, { reply: '{"keywords": ["a", "b", "c"], "score": 1}' });
    h.fake.setFault('truncated');
    const err = await chatJson(h.client, ask, Plan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmError);
    expect((err as LlmError).kind).toBe('truncated');
  });

  it.each(['openai', 'anthropic', 'google'] as const)('turns a %s refusal into a "refused" error', async (provider) => {
    h = await startHarness(provider, { reply: '{}' });
    h.fake.setFault('refusal');
    const err = await chatJson(h.client, ask, Plan).catch((e: unknown) => e);
    expect((err as LlmError).kind).toBe('refused');
  });
});
