import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../../../tests/fakes/llm/index.ts';
import { UsageError } from '../command.ts';
import command from './llm-test.ts';

const KEY = 'sk-cli-secret-0123456789';
let fake: FakeProvider;
let output: string;

beforeEach(async () => {
  output = '';
  const capture = (chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
  vi.stubEnv('BESPOKE_API_KEY', KEY);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await fake?.close();
});

describe('bespoke llm-test', () => {
  it.each(['openai', 'anthropic', 'google', 'mistral', 'custom'] as const)('lists models and tests %s without printing the key', async (provider) => {
    fake = await startFakeProvider(provider, { apiKey: KEY });
    const code = await command.run(['--provider', provider, '--base-url', fake.baseUrl]);
    expect(code).toBe(0);
    expect(output).toMatch(/Models \(\d+\):/);
    expect(output).toContain('Connection OK');
    expect(output).not.toContain(KEY);
  });

  it('exits 1 with the typed message on a bad key', async () => {
    fake = await startFakeProvider('anthropic', { apiKey: 'another-key-000000' });
    const code = await command.run(['--provider=anthropic', `--base-url=${fake.baseUrl}`, '--model', 'claude-sonnet-4-20250514']);
    expect(code).toBe(1);
    expect(output).toContain('Anthropic rejected the API key');
    expect(output).toContain('[bad-key]');
    expect(output).not.toContain(KEY);
  });

  it('rejects bad arguments as usage errors', async () => {
    await expect(command.run([])).rejects.toBeInstanceOf(UsageError);
    await expect(command.run(['--provider', 'cohere'])).rejects.toThrow(/must be one of/);
    vi.stubEnv('BESPOKE_API_KEY', '');
    await expect(command.run(['--provider', 'openai'])).rejects.toThrow(/BESPOKE_API_KEY/);
  });
});
