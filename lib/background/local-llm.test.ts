import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeProvider, type FakeProvider } from '../../tests/fakes/llm/index.ts';
import { createSettingsHandlers } from '@/lib/settings/index';
import { activeProfile, localRunHostLlm } from './local-llm';

const KEY = 'sk-local-llm-4b1e9a0c77';
let fake: FakeProvider;
const api = createSettingsHandlers({ llm: { retry: { maxRetries: 0 } } });

beforeEach(async () => {
  fake = await startFakeProvider('openai', { apiKey: KEY, reply: 'from the fake model' });
});
afterEach(async () => { await fake.close(); });

async function saveProfile() {
  const draft = { label: 'Fake OpenAI', provider: 'openai' as const, baseUrl: fake.baseUrl, model: 'gpt-4.1', apiKey: KEY };
  await api.testConnection(draft);
  return api.saveProfile(draft);
}

describe('model access for a run hosted in the background (Firefox event page)', () => {
  it('no profile: no active profile (the run is refused or offline)', async () => {
    expect(await activeProfile()).toBeNull();
  });

  it('the default profile, without its key', async () => {
    const saved = await saveProfile();
    const profile = await activeProfile();
    expect(profile).toEqual({ id: saved.id, label: 'Fake OpenAI', provider: 'openai', model: 'gpt-4.1' });
    expect(JSON.stringify(profile)).not.toContain(KEY);
  });

  it('calls the provider in place with the stored key, and the override model when given', async () => {
    const saved = await saveProfile();
    const client = localRunHostLlm.client('openai', saved.id);
    const result = await client.chat({ messages: [{ role: 'user', content: 'hello' }] });
    expect(result.text).toBe('from the fake model');
    const chat = fake.requests.filter((r) => r.endpoint === 'chat');
    expect(chat.at(-1)?.apiKey).toBe(KEY);
    expect(chat.at(-1)?.body?.model).toBe('gpt-4.1');

    await localRunHostLlm.client('openai', saved.id, 'gpt-4o-mini').chat({ messages: [{ role: 'user', content: 'again' }] });
    expect(fake.requests.filter((r) => r.endpoint === 'chat').at(-1)?.body?.model).toBe('gpt-4o-mini');
  });

  it('a deleted profile fails the call with the settings error, not a stale key', async () => {
    const saved = await saveProfile();
    const client = localRunHostLlm.client('openai', saved.id);
    await api.deleteProfile(saved.id);
    const before = fake.requests.length;
    await expect(client.chat({ messages: [{ role: 'user', content: 'hello' }] })).rejects.toThrow();
    expect(fake.requests).toHaveLength(before);
  });
});
